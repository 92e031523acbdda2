package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.ScheduleRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Agree training dates" proposes every group's days, or is refused naming the broken rule. */
@Component("agreeTrainingDates")
class AgreeTrainingDates implements TaskListener {

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final WorkingDays workingDays;
    private final EngineClock clock;

    AgreeTrainingDates(ContractLookup lookup, ContractRepository contracts, WorkingDays workingDays,
            EngineClock clock) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Contract contract = lookup.get(ContractProcess.contractNumber(task));
        try {
            contract.agreeDays(TrainingDaysText.parse(ContractProcess.text(task, Var.TRAINING_DAYS)), workingDays,
                    clock.today());
        } catch (IllegalArgumentException | ScheduleRejected e) {
            throw CompletionRefused.forField(Var.TRAINING_DAYS, e.getMessage());
        }
        contracts.save(contract);
    }
}
