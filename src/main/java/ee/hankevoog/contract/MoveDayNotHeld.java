package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.TypedDays;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.TransitionRefused;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The officer gives a day that was not held its new date: the group's days are moved by the same rules as any
 * change (an exception to the six weeks confirmed and recorded), and the group plans its days again from it.
 */
@Component("moveDayNotHeld")
class MoveDayNotHeld implements TaskListener {

    private final ContractLookup lookup;
    private final GroupRescheduling rescheduling;
    private final TaskActor actor;
    private final EngineClock clock;

    MoveDayNotHeld(ContractLookup lookup, GroupRescheduling rescheduling, TaskActor actor,
            EngineClock clock) {
        this.clock = clock;
        this.lookup = lookup;
        this.rescheduling = rescheduling;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = ContractProcess.contractNumber(task);
        String groupCode = ContractProcess.groupCode(task);
        lookup.lock(number);
        Contract contract = lookup.get(number);
        LocalDate newDay = newDay(task).orElseThrow(() -> CompletionRefused.forField(Var.NEW_DAY,
                "is required: the day's new date, as YYYY-MM-DD"));
        List<LocalDate> days = new ArrayList<>(contract.group(groupCode).trainingDates());
        days.set(ContractProcess.dayIndex(task), newDay);
        days.sort(null);
        try {
            rescheduling.rescheduleWithin(contract, groupCode, days, ContractProcess.text(task, Var.REASON),
                    ContractProcess.yes(task, Var.SIX_WEEKS_EXCEPTION_CONFIRMED), actor.of(task));
        } catch (ScheduleRejected | TransitionRefused e) {
            throw CompletionRefused.forField(Var.NEW_DAY, e.getMessage());
        }
    }

    private Optional<LocalDate> newDay(DelegateTask task) {
        Object value = task.getVariable(Var.NEW_DAY);
        return value instanceof String text ? TypedDays.parse(text)
                : value instanceof Date date ? Optional.of(clock.dayOf(date)) : Optional.empty();
    }
}
