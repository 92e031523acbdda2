package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.TransitionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The officer's answer to the trainers' proposed days: confirmed, the group's days move as any officer's change
 * (the rules checked again on today's date, an exception to the six weeks only when ticked); refused, nothing moves
 * and the remark stays in the history.
 */
@Component("confirmProposedDays")
class ConfirmProposedDays implements TaskListener {

    private final GroupRescheduling rescheduling;
    private final TaskActor actor;

    ConfirmProposedDays(GroupRescheduling rescheduling, TaskActor actor) {
        this.rescheduling = rescheduling;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!ContractProcess.yes(task, Var.PROPOSAL_ACCEPTED)) {
            return;
        }
        String group = ContractProcess.text(task, Var.PROPOSED_GROUP);
        try {
            rescheduling.reschedule(ContractProcess.contractNumber(task), group,
                    TrainingDaysText.parse(group + ": " + ContractProcess.text(task, Var.PROPOSED_GROUP_DAYS)).get(group),
                    ContractProcess.text(task, Var.PROPOSAL_REASON) + " (proposed by "
                            + ContractProcess.text(task, Var.PROPOSED_BY) + ")",
                    ContractProcess.yes(task, Var.SIX_WEEKS_EXCEPTION_CONFIRMED), false, actor.of(task));
        } catch (ScheduleRejected | TransitionRefused | UnknownGroup | IllegalArgumentException e) {
            throw CompletionRefused.forField(Var.PROPOSAL_ACCEPTED, e.getMessage()
                    + " Refuse the proposal with a remark, or ask the trainers for other days.");
        }
    }

}
