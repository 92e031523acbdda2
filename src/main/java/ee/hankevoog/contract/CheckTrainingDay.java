package ee.hankevoog.contract;

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
        Long present = ContractProcess.number(task, Var.PARTICIPANTS_PRESENT);
        if (present != null) {
            group.whyTooManyParticipants(present).ifPresent(why -> {
                throw CompletionRefused.forField(Var.PARTICIPANTS_PRESENT, why + ".");
            });
        }
    }
}
