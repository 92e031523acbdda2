package ee.hankevoog.materials;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open "send training materials" task, as the user asking may see it. Which contract, group and block it
 * belongs to is read from the process, never from the task's own variables, which a client might have written:
 * the contract is the process instance's business key, the group and block are the process's. A process whose
 * contract number differs from its business key, or whose group is not one of that contract's, was changed outside
 * Hankevoog (only an administrator can) and is refused.
 */
public record MaterialsTask(String taskId, String contractNumber, String groupCode, int blockIndex) {

    static final String DELIVERY_ID = "materialsDeliveryId";
    static final String SENT_ON = "materialsSentOn";
    static final String DESCRIPTION = "materialsDescription";

    private static final Logger LOG = LoggerFactory.getLogger(MaterialsTask.class);
    private static final List<String> PLACE = List.of(Var.CONTRACT_NUMBER, Var.GROUP_CODE, Var.BLOCK_INDEX);

    /** The task, if it is open, a materials task, and visible to the current user (engine authorization). */
    static MaterialsTask find(TaskService tasks, RuntimeService runtime, ServerSide serverSide,
            ContractLookup contracts, String taskId) {
        org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new UnknownMaterialsTask("There is no open task " + taskId + " that you may work on; it may be"
                    + " completed already. Your open tasks are in Tasklist.");
        }
        if (!Task.SEND_MATERIALS.equals(task.getTaskDefinitionKey())) {
            throw new UnknownMaterialsTask("Task " + taskId + " is '" + task.getName() + "', not a delivery of"
                    + " training materials; upload materials to a 'Send training materials' task.");
        }
        return serverSide.run(() -> {
            ProcessInstance group = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            Map<String, Object> process = runtime.getVariables(task.getExecutionId(), PLACE);
            String number = group == null ? null : group.getBusinessKey();
            if (number == null || !number.equals(process.get(Var.CONTRACT_NUMBER))
                    || !(process.get(Var.GROUP_CODE) instanceof String groupCode)
                    || !contracts.groupCodes(number).contains(groupCode)
                    || !(process.get(Var.BLOCK_INDEX) instanceof Number blockIndex) || blockIndex.intValue() < 0) {
                LOG.warn("Refused task {}: its variables {} were changed outside Hankevoog; the business key is {}",
                        taskId, process, number);
                throw new TamperedMaterialsTask(taskId);
            }
            return new MaterialsTask(taskId, number, groupCode, blockIndex.intValue());
        });
    }
}
