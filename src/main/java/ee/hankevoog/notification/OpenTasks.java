package ee.hankevoog.notification;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.process.ContractProcess;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * Finds the open task a boundary timer fired on (the BPMN names it in {@code taskKey}), also inside a
 * multi-instance per block, with its contract and group.
 */
@Component
class OpenTasks {

    private final TaskService tasks;
    private final ContractLookup contracts;
    private final EngineClock clock;

    OpenTasks(TaskService tasks, ContractLookup contracts, EngineClock clock) {
        this.tasks = tasks;
        this.contracts = contracts;
        this.clock = clock;
    }

    Notice attachedTo(DelegateExecution execution) {
        String taskKey = attachedTask(execution);
        Integer blockIndex = ContractProcess.blockIndex(execution);
        OpenTask task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list().stream()
                .filter(open -> Objects.equals(blockIndex, tasks.getVariable(open.getId(), Var.BLOCK_INDEX)))
                .findFirst()
                .map(this::open)
                .orElseThrow(() -> new NoSuchElementException("No open task " + taskKey + " in process instance "
                        + execution.getProcessInstanceId()));
        return new Notice(contracts.get(ContractProcess.contractNumber(execution)),
                ContractProcess.groupCode(execution), task);
    }

    /**
     * The user task whose deadline this notice is about: the one the timer that led here is attached to, read from
     * the model itself, so that no name typed in the model can point at a task that does not exist.
     */
    static String attachedTask(DelegateExecution execution) {
        FlowNode notice = (FlowNode) execution.getBpmnModelElementInstance();
        return notice.getIncoming().stream().map(SequenceFlow::getSource)
                .filter(BoundaryEvent.class::isInstance).map(BoundaryEvent.class::cast)
                .map(timer -> timer.getAttachedTo().getId()).findFirst()
                .orElseThrow(() -> new IllegalStateException(notice.getId() + " sends a reminder or escalation but"
                        + " does not follow a timer attached to a task"));
    }

    private OpenTask open(Task task) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getDueDate().toInstant().atZone(clock.zone()).toLocalDate());
    }

    /** What a reminder or an escalation is about. */
    record Notice(Contract contract, String group, OpenTask task) {
    }
}
