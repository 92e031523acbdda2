package ee.hankevoog;

import ee.hankevoog.process.ContractProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Process test coverage: once every test of the run has finished, writes which flow nodes of each model the tests
 * reached ({@link ReachedFlowNodes}) on the shared engine to target/process-coverage-*.txt; {@code ProcessCoverageIT},
 * which the build runs after all tests, fails on a node that none reached. A listener rather than a test, so that no
 * test class has to run last. Only the main test run records ({@code hankevoog.processCoverage} in the pom's surefire set-up).
 */
public class ProcessCoverageRecorder implements TestExecutionListener {

    static final List<String> PROCESSES = List.of(ContractProcess.LIFECYCLE, ContractProcess.TRAINING_GROUP);
    static final String MISSED = "missed: ";
    static final String PARTIAL = "partial run: ";

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String folder = System.getProperty("hankevoog.processCoverage");
        ProcessEngine engine = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
        if (folder == null || engine == null) {
            return;
        }
        for (String processKey : PROCESSES) {
            write(Path.of(folder, file(processKey)), report(engine, processKey));
        }
    }

    static String file(String processKey) {
        return "process-coverage-" + processKey + ".txt";
    }

    private static String report(ProcessEngine engine, String processKey) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        Set<String> nodes = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missed = new TreeSet<>(nodes);
        // the model upgrade test deploys the newest model again: every deployment of the same model version counts
        for (ProcessDefinition same : engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).versionTag(definition.getVersionTag()).list()) {
            nodes.stream().filter(node -> ReachedFlowNodes.REACHED.contains(same.getId() + " " + node))
                    .forEach(missed::remove);
        }

        StringBuilder report = new StringBuilder(String.format("%s: %d of %d flow nodes reached (%.0f%%)%n",
                processKey, nodes.size() - missed.size(), nodes.size(),
                100.0 * (nodes.size() - missed.size()) / nodes.size()));
        // surefire hands -Dtest on to this JVM: a run of chosen tests is not expected to reach every node
        String chosen = System.getProperty("test");
        if (chosen != null) {
            report.append(PARTIAL).append(chosen).append('\n');
        }
        missed.forEach(node -> report.append(MISSED).append(node).append('\n'));
        return report.toString();
    }

    private static void write(Path file, String report) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(report.lines().findFirst().orElse("") + System.lineSeparator());
    }
}
