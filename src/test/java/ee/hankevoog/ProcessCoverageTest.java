package ee.hankevoog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process test coverage: after every other test on the shared engine has run, each flow node of both
 * models must have been reached by at least one of them. Writes target/process-coverage-*.txt.
 */
@HankevoogTest
@Order(Integer.MAX_VALUE - 1)
class ProcessCoverageTest {

    @Autowired
    ProcessEngine engine;

    @ParameterizedTest
    @ValueSource(strings = {"ContractLifecycle", "TrainingGroup"})
    void everyFlowNodeIsReachedBySomeTest(String processKey) throws IOException {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        Set<String> nodes = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> reached = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processDefinitionId(definition.getId()).list().stream()
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>(nodes);
        missed.removeAll(reached);

        String line = String.format("%s: %d of %d flow nodes reached (%.0f%%)%s%n", processKey,
                nodes.size() - missed.size(), nodes.size(), 100.0 * (nodes.size() - missed.size()) / nodes.size(),
                missed.isEmpty() ? "" : ", missed " + missed);
        System.out.print(line);
        Files.writeString(Path.of("target", "process-coverage-" + processKey + ".txt"), line);
        assertThat(missed).as("flow nodes no test reaches").isEmpty();
    }
}
