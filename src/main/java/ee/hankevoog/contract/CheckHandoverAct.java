package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.TrainingGroup;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The act reports the hours of the days held; the trainer may report fewer (a day that ended early), never more, and
 * an act short of the contracted hours says why in its remarks: the shortfall is written into the act the officer
 * accepts.
 */
@Component("checkHandoverAct")
class CheckHandoverAct implements TaskListener {

    private final ContractLookup lookup;

    CheckHandoverAct(ContractLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void notify(DelegateTask task) {
        TrainingGroup group = lookup.get(ContractProcess.contractNumber(task))
                .group(ContractProcess.groupCode(task));
        int held = group.hoursHeld();
        Long reported = ContractProcess.number(task, Var.HOURS_DELIVERED);
        if (reported != null && reported > held) {
            throw CompletionRefused.forField(Var.HOURS_DELIVERED, "the days held give " + held + " of group "
                    + group.code() + "'s " + group.academicHours() + " academic hours, got " + reported
                    + "; leave it empty to report the hours of the days held.");
        }
        long hours = reported == null ? held : reported;
        String remarks = ContractProcess.text(task, Var.HANDOVER_ACT_REMARKS);
        if (hours < group.academicHours() && (remarks == null || remarks.isBlank())) {
            throw CompletionRefused.forField(Var.HANDOVER_ACT_REMARKS, "the act reports " + hours + " of the group's "
                    + group.academicHours() + " academic hours: write in the remarks why "
                    + (group.academicHours() - hours) + " hours were not delivered; the act shows the shortfall.");
        }
        task.setVariable(Var.HOURS_DELIVERED, hours);
    }
}
