package ee.hankevoog.contract;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.taskform.CompletionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A training day cannot have more participants present than the group's limit. */
@Component("checkTrainingDay")
class CheckTrainingDay implements TaskListener {

    private final ContractLookup lookup;

    CheckTrainingDay(ContractLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void notify(DelegateTask task) {
        TrainingGroup group = lookup.get(ContractProcess.contractNumber(task))
                .group(ContractProcess.groupCode(task));
        Object present = task.getVariable(Var.PARTICIPANTS_PRESENT);
        if (present instanceof Number n && n.longValue() > group.participantLimit()) {
            throw CompletionRefused.forField(Var.PARTICIPANTS_PRESENT, "group " + group.code() + " takes at most "
                    + group.participantLimit() + " participants, got " + n + ".");
        }
    }
}
