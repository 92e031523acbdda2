package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.training.CancellationTooLate;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.taskform.CompletionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The officer confirms a group's enrolment or cancels it; a cancellation after the deadline is refused. */
@Component("decideEnrolment")
class DecideEnrolment implements TaskListener {

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final EngineClock clock;

    DecideEnrolment(ContractLookup lookup, ContractRepository contracts, EngineClock clock) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Contract contract = lookup.get(ContractProcess.contractNumber(task));
        TrainingGroup group = contract.group(ContractProcess.groupCode(task));
        boolean cancel = ContractProcess.yes(task, Var.CANCEL_GROUP);
        if (cancel) {
            try {
                group.cancel(clock.today(), ContractProcess.text(task, Var.CANCELLATION_REASON));
            } catch (CancellationTooLate e) {
                throw new CompletionRefused(Var.CANCEL_GROUP, e.getMessage());
            }
        } else {
            Long registered = ContractProcess.number(task, Var.REGISTERED_PARTICIPANTS);
            if (registered != null) {
                group.whyTooManyParticipants(registered).ifPresent(why -> {
                    throw CompletionRefused.forField(Var.REGISTERED_PARTICIPANTS, why
                            + "; register fewer, or agree a larger group in a change of the contract.");
                });
            }
            group.confirmEnrolment();
        }
        contracts.save(contract);
        task.getExecution().setVariable(Var.GROUP_CANCELLED, cancel);
    }
}
