package ee.hankevoog.taskform;

import ee.hankevoog.process.ContractProcess.Var;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The variables that say which contract, group, block, day and trainer a task belongs to are Hankevoog's, not the
 * client's: a completion that would change them (say, to act on another group) is refused. Each task keeps
 * a copy from its creation to compare against.
 */
@Component
class ProtectedVariables {

    private static final List<String> NAMES = List.of(Var.CONTRACT_NUMBER, Var.GROUP_CODE, Var.BLOCK_INDEX,
            Var.DAY_INDEX, Var.TRAINER_INDEX,
            // a group's plan of its loops, and what a proposal of new days says: never the answer's to change
            Var.DAYS_AHEAD, Var.MATERIALS_TO_DELIVER, Var.PROPOSED_GROUP, Var.PROPOSED_GROUP_DAYS, Var.PROPOSAL_REASON,
            Var.PROPOSED_BY);

    /** Passed by the server to the step it starts, for that step alone: no completion may bring its own. */
    private static final List<String> PASSED_ONCE = List.of(Var.JOINING_TRAINER);

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void remember(DelegateTask task) {
        for (String name : NAMES) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void check(DelegateTask task) {
        for (String name : PASSED_ONCE) {
            if (task.getExecution().getVariable(name) != null) {
                throw new CompletionRefused(name, "Field '" + name + "' is set by Hankevoog and cannot be given"
                        + " when completing a task; leave it out.");
            }
        }
        for (String name : NAMES) {
            // a task that had none may not gain one either: a lifecycle task must not name a group or a trainer
            Object original = task.getVariableLocal(name);
            if (!Objects.equals(original, task.getExecution().getVariable(name))) {
                throw new CompletionRefused(name, "Field '" + name + "' is set by Hankevoog and cannot be changed"
                        + " when completing a task; leave it out.");
            }
        }
    }
}
