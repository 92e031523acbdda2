package ee.hankevoog.taskform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task's completion is checked against its {@link TaskForms} fields before any listener of the model
 * runs: the engine runs built-in listeners first, so the model's own listeners receive only values of the right
 * type, range and form, and need not check them again.
 */
@Component
class CompletionChecksFirst extends AbstractProcessEnginePlugin {

    // the check is made after the engine, which is configured before any bean that needs it exists
    private final ObjectProvider<CompletionCheck> check;

    CompletionChecksFirst(ObjectProvider<CompletionCheck> check) {
        this.check = check;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                // a task Hankevoog completes itself has its own listener, which tells a user the way to do it
                if (!TaskForms.completedByHankevoog(activity.getId())) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                                    task -> check.getObject().check(task));
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }
}
