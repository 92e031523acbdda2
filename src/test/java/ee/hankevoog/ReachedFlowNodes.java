package ee.hankevoog;

import ee.hankevoog.process.EngineExtensions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Which flow nodes the tests reached, for {@link ProcessCoverageRecorder}: the engine's history keeps no row of the
 * models' gateways, plain events and scopes ({@code taskform.KeptHistory}), so every activity of the tests' engines
 * records its start here.
 */
@Component
@Profile("test")
class ReachedFlowNodes extends AbstractProcessEnginePlugin {

    /** "process definition id activity id". */
    static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

    /** Once the command commits, as a history row was written: a refused completion reaches nothing. */
    private static final ExecutionListener RECORD = execution -> {
        String reached = execution.getProcessDefinitionId() + " " + execution.getCurrentActivityId();
        Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> REACHED.add(reached));
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BpmnParseListener recordsReached = new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                listenToEveryActivityOf(definition);
            }
        };
        configuration.setCustomPostBPMNParseListeners(
                EngineExtensions.appended(configuration.getCustomPostBPMNParseListeners(), recordsReached));
    }

    private static void listenToEveryActivityOf(ScopeImpl scope) {
        for (ActivityImpl activity : scope.getActivities()) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, RECORD);
            listenToEveryActivityOf(activity);
        }
    }
}
