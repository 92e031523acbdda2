package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.TransitionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The officer's side of the date agreement: confirming fixes the proposed days as agreed, by this officer today;
 * returning them (with the remark the form requires) sends the trainers another round.
 */
@Component("confirmTrainingDates")
class ConfirmTrainingDates implements TaskListener {

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final EngineClock clock;
    private final TaskActor actor;

    ConfirmTrainingDates(ContractLookup lookup, ContractRepository contracts, EngineClock clock,
            TaskActor actor) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!ContractProcess.yes(task, Var.DATES_CONFIRMED)) {
            return;
        }
        Contract contract = lookup.get(ContractProcess.contractNumber(task));
        try {
            contract.confirmDates(clock.today(), actor.of(task),
                    ContractProcess.yes(task, Var.CANCELLATION_RIGHT_WAIVED));
        } catch (ScheduleRejected | TransitionRefused e) {
            throw CompletionRefused.forField(Var.CANCELLATION_RIGHT_WAIVED, e.getMessage());
        }
        contracts.save(contract);
    }

}
