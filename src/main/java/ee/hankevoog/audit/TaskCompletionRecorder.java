package ee.hankevoog.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionCheck;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task completion, of every process, is checked and recorded in the same transaction: a
 * refused completion leaves no record and no change, an accepted one cannot happen without its record.
 */
@Component
class TaskCompletionRecorder {

    private final CompletionCheck check;
    private final TaskCompletionRepository completions;
    private final IdentityService identity;
    private final EngineClock clock;
    private final ObjectMapper json;

    TaskCompletionRecorder(CompletionCheck check, TaskCompletionRepository completions, IdentityService identity,
            EngineClock clock, ObjectMapper json) {
        this.check = check;
        this.completions = completions;
        this.identity = identity;
        this.clock = clock;
        this.json = json;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        Map<String, Object> entered = check.check(task);
        completions.save(new TaskCompletion(null, task.getExecution().getProcessBusinessKey(),
                processKey(task), task.getTaskDefinitionKey(), task.getId(), task.getName(),
                (String) task.getVariable(Var.GROUP_CODE), itemIndex(task), clock.now(), completedBy(task),
                toJson(entered)));
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId.substring(0, definitionId.indexOf(':'));
    }

    private static Integer itemIndex(DelegateTask task) {
        Object block = task.getVariable(Var.BLOCK_INDEX);
        return (Integer) (block != null ? block : task.getVariable(Var.DAY_INDEX));
    }

    private String completedBy(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null ? current.getUserId() : task.getAssignee();
    }

    private String toJson(Map<String, Object> entered) {
        try {
            return json.writeValueAsString(entered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record task values", e);
        }
    }
}
