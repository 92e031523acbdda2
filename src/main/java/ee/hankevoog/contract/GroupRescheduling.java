package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.training.TransitionRefused;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a group's days ahead, by the rules of registration, in any state before they are held. Before the dates
 * are agreed the proposal changes (and the open proposal or confirmation task shows it); after, the group's
 * process plans its materials and days again from the new dates, so every due date, reminder and timer follows.
 * Each move is an amendment: recorded, and e-mailed to the trainers and the contact person.
 */
@Component
public class GroupRescheduling {

    static final String SIX_WEEKS_EXCEPTION = "days beyond six weeks, confirmed by the customer";

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final WorkingDays workingDays;
    private final EngineClock clock;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ServerSide serverSide;
    private final ApplicationEventPublisher events;

    GroupRescheduling(ContractLookup lookup, ContractRepository contracts, WorkingDays workingDays, EngineClock clock,
            RuntimeService runtime, TaskService tasks, ServerSide serverSide, ApplicationEventPublisher events) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.workingDays = workingDays;
        this.clock = clock;
        this.runtime = runtime;
        this.tasks = tasks;
        this.serverSide = serverSide;
        this.events = events;
    }

    /**
     * Through the API or the contract page: the group's running process is told to plan again. With
     * {@code materialsAgain} the materials delivered so far no longer count, and the plan asks for them anew.
     */
    @Transactional
    public Contract reschedule(String number, String groupCode, List<LocalDate> days, String reason,
            boolean exceptionConfirmed, boolean materialsAgain, String by) {
        lookup.lock(number);
        Contract contract = lookup.requireWithGroup(number, groupCode);
        boolean sameDays = contract.group(groupCode).trainingDates().equals(days);
        if (sameDays && !materialsAgain) {
            return contract;
        }
        Contract saved = move(contract, groupCode, days, reason, exceptionConfirmed, materialsAgain, by);
        if (materialsAgain) {
            events.publishEvent(new MaterialsRequestedAgain(number, groupCode));
        }
        if (saved.datesAgreed()) {
            // officers may not change process instances in the engine; the move is theirs through this call
            boolean planned = serverSide.run(() -> !runtime.createMessageCorrelation(ContractProcess.GROUP_RESCHEDULED)
                    .processInstanceBusinessKey(number)
                    .processInstanceVariableEquals(Var.GROUP_CODE, groupCode)
                    .correlateAllWithResult().isEmpty());
            if (!planned) {
                // the days and e-mails are rolled back with it: the contract never says what its process does not
                throw new TransitionRefused("Group " + groupCode + " has been trained and its materials delivered:"
                        + " its days and materials no longer change.");
            }
        } else {
            showNewProposal(saved);
        }
        return saved;
    }

    /**
     * From inside the group's process (a day not held gets its new date): the process plans again by its own
     * flow, so it is not sent the message.
     */
    public Contract rescheduleWithin(Contract contract, String groupCode, List<LocalDate> days, String reason,
            boolean exceptionConfirmed, String by) {
        return move(contract, groupCode, days, reason, exceptionConfirmed, false, by);
    }

    private Contract move(Contract contract, String groupCode, List<LocalDate> days, String reason,
            boolean exceptionConfirmed, boolean materialsAgain, String by) {
        TrainingGroup group = contract.group(groupCode);
        String before = TrainingDaysText.format(group.trainingDates());
        contract.moveDays(groupCode, days, clock.today(), workingDays, exceptionConfirmed);
        String exception = group.exceedsSixWeeks() ? SIX_WEEKS_EXCEPTION : null;
        Contract saved = contracts.save(contract);
        events.publishEvent(new ContractAmended(contract.number(), groupCode,
                materialsAgain ? "training days; materials requested again" : "training days", before,
                TrainingDaysText.format(days), reason, exception, by, saved.revision()));
        return saved;
    }

    private void showNewProposal(Contract contract) {
        String proposed = lookup.proposedDays(contract.number());
        serverSide.run(() -> tasks.createTaskQuery().processInstanceBusinessKey(contract.number())
                .taskDefinitionKeyIn(ContractProcess.Task.AGREE_TRAINING_DATES,
                        ContractProcess.Task.CONFIRM_TRAINING_DATES)
                .list().forEach(task -> tasks.setVariableLocal(task.getId(), Var.PROPOSED_DAYS, proposed)));
    }
}
