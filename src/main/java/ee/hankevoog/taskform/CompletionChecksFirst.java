package ee.hankevoog.taskform;

import ee.hankevoog.process.BuiltInTaskListeners;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
        // a task Hankevoog completes itself has its own listener, which tells a user the way to do it
        BuiltInTaskListeners.add(configuration, TaskListener.EVENTNAME_COMPLETE,
                activity -> !TaskForms.completedByHankevoog(activity), task -> check.getObject().check(task));
    }
}
