package ee.hankevoog.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNamesSayWhichContract::name);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
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
