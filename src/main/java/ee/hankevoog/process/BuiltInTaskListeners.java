package ee.hankevoog.process;

import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds a listener to user tasks as the engine's own (built-in) listeners, which run before those of the model:
 * for what every task needs whatever its model says.
 */
public final class BuiltInTaskListeners {

    private BuiltInTaskListeners() {
    }

    /** Adds {@code listener} for {@code event} to every user task whose id {@code applies} to. */
    public static void add(ProcessEngineConfigurationImpl configuration, String event, Predicate<String> applies,
            TaskListener listener) {
        BpmnParseListener addsListener = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (applies.test(activity.getId())) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(event, listener);
                }
            }
        };
        configuration.setCustomPreBPMNParseListeners(
                EngineExtensions.appended(configuration.getCustomPreBPMNParseListeners(), addsListener));
    }
}
