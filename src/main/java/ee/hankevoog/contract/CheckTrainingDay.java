package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.TrainingGroup;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the day as held, with no more participants present than the group's limit, or as not held: then it
 * waits for its new date, and nobody's attendance is recorded for it.
 */
@Component("checkTrainingDay")
class CheckTrainingDay implements TaskListener {

    private final ContractLookup lookup;
    private final GroupProgress progress;

    CheckTrainingDay(ContractLookup lookup, GroupProgress progress) {
        this.lookup = lookup;
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        // after an officer's change of the days in flight, not beside it
        lookup.lock(ContractProcess.contractNumber(task));
        Contract contract = lookup.get(ContractProcess.contractNumber(task));
        TrainingGroup group = contract.group(ContractProcess.groupCode(task));
        boolean held = !ContractProcess.yes(task, Var.DAY_NOT_HELD);
        Long present = ContractProcess.number(task, Var.PARTICIPANTS_PRESENT);
        if (held && present != null) {
            group.whyTooManyParticipants(present).ifPresent(why -> {
                throw CompletionRefused.forField(Var.PARTICIPANTS_PRESENT, why + ".");
            });
        }
        int day = ContractProcess.dayIndex(task);
        group.recordDay(day, held);
        progress.dayRecorded(contract, group.code(), day);
    }
}
