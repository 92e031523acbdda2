package ee.hankevoog.contract;

import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.taskform.CompletionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A handover act cannot report more hours than the group's training has, and one that reports fewer says why in its
 * remarks: the shortfall is written into the act the officer accepts.
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
        Long hours = ContractProcess.number(task, Var.HOURS_DELIVERED);
        if (hours == null) {
            return;
        }
        group.whyTooManyHours(hours).ifPresent(why -> {
            throw CompletionRefused.forField(Var.HOURS_DELIVERED, why + ".");
        });
        String remarks = ContractProcess.text(task, Var.HANDOVER_ACT_REMARKS);
        if (hours < group.academicHours() && (remarks == null || remarks.isBlank())) {
            throw CompletionRefused.forField(Var.HANDOVER_ACT_REMARKS, "the act reports " + hours + " of the group's "
                    + group.academicHours() + " academic hours: write in the remarks why "
                    + (group.academicHours() - hours) + " hours were not delivered; the act shows the shortfall.");
        }
    }
}
