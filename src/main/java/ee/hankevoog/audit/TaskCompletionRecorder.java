package ee.hankevoog.audit;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.taskform.CompletionCheck;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Every user task completion, of every process, is checked and recorded in the same transaction: a
 * refused completion leaves no record and no change, an accepted one cannot happen without its record, both in
 * {@code task_completion} and in the contract's audit chain.
 */
@Component
class TaskCompletionRecorder {

    private final CompletionCheck check;
    private final TaskCompletionRepository completions;
    private final AuditTrail audit;
    private final IdentityService identity;
    private final EngineClock clock;

    TaskCompletionRecorder(CompletionCheck check, TaskCompletionRepository completions, AuditTrail audit,
            IdentityService identity, EngineClock clock) {
        this.check = check;
        this.completions = completions;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        Map<String, Object> entered = check.check(task);
        String contract = task.getExecution().getProcessBusinessKey();
        String group = ContractProcess.groupCode(task);
        String by = completedBy(task);
        try {
            completions.save(new TaskCompletion(null, contract, processKey(task), task.getTaskDefinitionKey(),
                    task.getId(), modelName(task), group, itemIndex(task), clock.now(), by, audit.toJson(entered)));
        } catch (RuntimeException e) {
            if (!isConcurrentCompletion(e)) {
                throw e;
            }
            // one record per task: another completion of it got there first, so this one is a concurrent change
            throw new OptimisticLockingException("Task " + task.getId() + " was completed by someone else at the"
                    + " same moment");
        }
        audit.append(auditEvent(task, contract, group, by, entered));
    }

    /** The record already exists, or another transaction holds it while it completes the same task. */
    private static boolean isConcurrentCompletion(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof PessimisticLockingFailureException || cause instanceof SQLTimeoutException
                    || cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private AuditEvent auditEvent(DelegateTask task, String contract, String group, String by,
            Map<String, Object> entered) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("processKey", processKey(task));
        String item = item(task);
        if (item != null) {
            details.put("item", item);
        }
        details.put("entered", entered);
        String summary = modelName(task) + (group != null ? ", group " + group : "") + (item != null ? ", " + item : "");
        return new AuditEvent(contract, AuditKind.TASK_COMPLETED,
                by != null ? by : AuditTrail.SYSTEM, group, task.getTaskDefinitionKey(), modelName(task), summary,
                audit.toJson(details));
    }

    /** The contract's records name a step as its model does; the stored task name adds the contract itself. */
    private static String modelName(DelegateTask task) {
        return ContractProcess.plainTaskName(task.getName(), ContractProcess.contractNumber(task));
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId.substring(0, definitionId.indexOf(':'));
    }

    private static Integer itemIndex(DelegateTask task) {
        Integer block = ContractProcess.blockIndex(task);
        Integer trainer = ContractProcess.trainerIndex(task);
        return block != null ? block : trainer != null ? trainer : ContractProcess.dayIndex(task);
    }

    /** Which block of days, training day or trainer a task is about, counted from one as people count. */
    private static String item(DelegateTask task) {
        Integer block = ContractProcess.blockIndex(task);
        Integer day = ContractProcess.dayIndex(task);
        Integer trainer = ContractProcess.trainerIndex(task);
        return block != null ? "block " + (block + 1) : day != null ? "day " + (day + 1)
                : trainer != null ? "trainer " + (trainer + 1) : null;
    }

    private String completedBy(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null ? current.getUserId() : task.getAssignee();
    }
}
