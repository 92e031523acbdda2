package ee.hankevoog.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every task's name, as the engine stores it, says which contract and group it is about ("Agree training dates –
 * KOV-001", "Send training materials – KOV-001 W1"), so that Tasklist, Cockpit, the REST API and the history tell
 * seven open date agreements apart. The model keeps the plain name; the number comes from the process, which the
 * server started with it.
 */
@Component
class TaskNamesSayWhichContract extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BuiltInTaskListeners.add(configuration, TaskListener.EVENTNAME_CREATE, task -> true,
                TaskNamesSayWhichContract::name);
    }

    static void name(DelegateTask task) {
        String contract = ContractProcess.contractNumber(task);
        if (contract == null || task.getName() == null) {
            return;
        }
        String group = ContractProcess.groupCode(task);
        task.setName(task.getName() + ContractProcess.TASK_NAME_SEPARATOR + contract + (group == null ? "" : " " + group));
    }
}
