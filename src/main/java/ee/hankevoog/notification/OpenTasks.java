package ee.hankevoog.notification;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractProcess.Var;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds the open task that a boundary timer fired on, also inside a multi-instance per block. */
@Component
class OpenTasks {

    private final TaskService tasks;
    private final EngineClock clock;

    OpenTasks(TaskService tasks, EngineClock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    OpenTask attachedTo(DelegateExecution execution, String taskKey) {
        Object blockIndex = execution.getVariable(Var.BLOCK_INDEX);
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list().stream()
                .filter(task -> Objects.equals(blockIndex, tasks.getVariable(task.getId(), Var.BLOCK_INDEX)))
                .findFirst()
                .map(this::open)
                .orElseThrow(() -> new NoSuchElementException("No open task " + taskKey + " in process instance "
                        + execution.getProcessInstanceId()));
    }

    private OpenTask open(Task task) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getDueDate().toInstant().atZone(clock.zone()).toLocalDate());
    }
}
