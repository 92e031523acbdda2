package ee.hankevoog.notification;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Finds the open task a boundary timer fired on, also inside a multi-instance per block or per trainer, with its
 * contract and group.
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

    /**
     * One notice per open task the timer is about: the task of its block where the timer sits inside a block's
     * sub-process, or every open instance where it sits on a multi-instance task (one per trainer, same due date).
     */
    List<Notice> attachedTo(DelegateExecution execution) {
        String taskKey = attachedTask(execution);
        Integer blockIndex = ContractProcess.blockIndex(execution);
        Contract contract = contracts.get(ContractProcess.contractNumber(execution));
        List<Notice> notices = new ArrayList<>();
        for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list()) {
            Map<String, Object> indexes = tasks.getVariables(open.getId(), List.of(Var.BLOCK_INDEX, Var.TRAINER_INDEX));
            if (Objects.equals(blockIndex, indexes.get(Var.BLOCK_INDEX))) {
                notices.add(new Notice(contract, ContractProcess.groupCode(execution), open(open),
                        indexes.get(Var.TRAINER_INDEX) instanceof Integer trainer ? trainer : null));
            }
        }
        if (notices.isEmpty()) {
            throw new NoSuchElementException("No open task " + taskKey + " in process instance "
                    + execution.getProcessInstanceId());
        }
        // a deadline that had passed when the contract was registered: the officer's one summary told of it
        return notices.stream().filter(notice -> !notice.missedBeforeRegistration()).toList();
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
    record Notice(Contract contract, String group, OpenTask task, Integer trainerIndex) {

        boolean missedBeforeRegistration() {
            return contract.registeredOn() != null && task.due().isBefore(contract.registeredOn());
        }

        /** Those who must act: the one trainer a trainer's own task is about, else every trainer of the contract. */
        List<Trainer> trainers() {
            if (trainerIndex == null || !contract.allTrainers().get(trainerIndex).trains()) {
                return contract.trainers();
            }
            return List.of(contract.allTrainers().get(trainerIndex));
        }
    }
}
