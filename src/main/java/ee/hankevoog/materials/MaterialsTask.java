package ee.hankevoog.materials;

import ee.hankevoog.contract.ContractProcess.Task;
import ee.hankevoog.contract.ContractProcess.Var;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;

/** An open "send training materials" task, as the user asking may see it. */
public record MaterialsTask(String taskId, String contractNumber, String groupCode, int blockIndex, Date due) {

    static final String DELIVERY_ID = "materialsDeliveryId";
    static final String SENT_ON = "materialsSentOn";
    static final String DESCRIPTION = "materialsDescription";

    /** The task, if it is open, a materials task, and visible to the current user (engine authorization). */
    static MaterialsTask find(TaskService tasks, String taskId) {
        org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new UnknownMaterialsTask("There is no open task " + taskId + " that you may work on; it may be"
                    + " completed already. Your open tasks are in Tasklist.");
        }
        if (!Task.SEND_MATERIALS.equals(task.getTaskDefinitionKey())) {
            throw new UnknownMaterialsTask("Task " + taskId + " is '" + task.getName() + "', not a delivery of"
                    + " training materials; upload materials to a 'Send training materials' task.");
        }
        Map<String, Object> variables = tasks.getVariables(taskId,
                List.of(Var.CONTRACT_NUMBER, Var.GROUP_CODE, Var.BLOCK_INDEX));
        return new MaterialsTask(taskId, (String) variables.get(Var.CONTRACT_NUMBER),
                (String) variables.get(Var.GROUP_CODE), ((Number) variables.get(Var.BLOCK_INDEX)).intValue(),
                task.getDueDate());
    }

    LocalDateTime dueAt(ZoneId zone) {
        return due == null ? null : LocalDateTime.ofInstant(due.toInstant(), zone);
    }
}
