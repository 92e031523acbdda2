package ee.hankevoog.deadline;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingBlock;
import ee.hankevoog.training.TrainingGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates for the process models, e.g.
 * {@code camunda:dueDate="${deadlines.materialsDue(contractNumber, groupCode, blockIndex)}"}.
 */
@Component("deadlines")
public class Deadlines {

    /** A timer for a deadline that does not exist: a timer needs a date, and this one never comes. */
    private static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    private final ContractLookup contracts;
    private final DeadlineSchedule schedule;
    private final DeadlineSettings settings;
    private final EngineClock clock;
    private final WorkingDays workingDays;
    private final ObjectProvider<DeliveryEvidence> deliveries;

    Deadlines(ContractLookup contracts, DeadlineSchedule schedule, DeadlineSettings settings, EngineClock clock,
            WorkingDays workingDays, ObjectProvider<DeliveryEvidence> deliveries) {
        this.contracts = contracts;
        this.schedule = schedule;
        this.settings = settings;
        this.clock = clock;
        this.workingDays = workingDays;
        this.deliveries = deliveries;
    }

    /**
     * The group's materials deliveries still to be made, by index: all of them at first; when the days move, those
     * already delivered stay delivered.
     */
    public String materialsToDeliver(String contractNumber, String groupCode) {
        Contract contract = contracts.get(contractNumber);
        TrainingGroup group = contract.group(groupCode);
        List<TrainingBlock> blocks = contract.materialsDeliveries(groupCode, workingDays);
        DeliveryEvidence sent = deliveries.getIfAvailable();
        DeliveryEvidence.Delivered delivered = sent != null ? sent.of(contract) : null;
        return IntStream.range(0, blocks.size())
                .filter(i -> delivered == null
                        || delivered.on(schedule.materials(contract, group, blocks.get(i))).isEmpty())
                .mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The indexes a loop goes through, kept as text when the plan is made: a sequential loop reads its collection
     * again at every turn, and it must not shrink under it as days are held.
     */
    public List<Integer> indexes(String planned) {
        return planned.isEmpty() ? List.of() : Arrays.stream(planned.split(",")).map(Integer::valueOf).toList();
    }

    /** A day not held gets its new date from an officer by the end of the next working day. */
    public Date nextWorkingDayEnd() {
        return clock.endOf(workingDays.nextWorkingDayAfter(clock.today()));
    }

    /** The end of the fifth working day from today: a week for an officer's follow-up work. */
    public Date workingWeekEnd() {
        LocalDate day = clock.today();
        for (int i = 0; i < 5; i++) {
            day = workingDays.nextWorkingDayAfter(day);
        }
        return clock.endOf(day);
    }

    /** A training day as its form shows it (DD.MM.YYYY). */
    public String trainingDayOn(String contractNumber, String groupCode, int dayIndex) {
        return trainingDay(contractNumber, groupCode, dayIndex).format(WorkingDays.ESTONIAN_DATE);
    }

    /** The group's days as a form shows them, those held marked. */
    public String groupDays(String contractNumber, String groupCode) {
        return group(contractNumber, groupCode).days().stream().map(day -> day.day().format(WorkingDays.ESTONIAN_DATE)
                + (day.wasHeld() ? " ✓" : Boolean.FALSE.equals(day.held()) ? " ✗" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The group's days still to be held, by index, in order. */
    public String daysAhead(String contractNumber, String groupCode) {
        return group(contractNumber, groupCode).dayIndexesAhead().stream().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    public Date dateAgreementDue(String contractNumber) {
        return clock.endOf(dateAgreement(contractNumber));
    }

    public Date dateAgreementReminderAt(String contractNumber) {
        return reminderAt(dateAgreement(contractNumber));
    }

    public Date dateAgreementEscalationAt(String contractNumber) {
        return escalationAt(dateAgreement(contractNumber));
    }

    public Date preMeetingDue(String contractNumber) {
        Contract contract = contracts.get(contractNumber);
        return contract.firstTrainingDay().map(first -> clock.endOf(schedule.preMeeting(first).due())).orElse(null);
    }

    /** A trainer who joined a running contract publishes their profile before their own first training day. */
    public Date trainerProfileDue(String contractNumber, int trainerIndex) {
        return schedule.juhanProfile(contracts.get(contractNumber), trainerIndex).map(due -> clock.endOf(due.due()))
                .orElse(null);
    }

    public Date juhanProfileDue(String contractNumber) {
        return preMeetingDue(contractNumber);
    }

    /** The pre-meeting's last call goes out on its due day, still before the first training day. */
    public Date preMeetingEscalationAt(String contractNumber) {
        return contracts.get(contractNumber).firstTrainingDay()
                .map(first -> clock.at(schedule.preMeeting(first).due(), settings.noticeTime())).orElse(NEVER);
    }

    public Date curriculumWarningAt(String contractNumber) {
        return contracts.get(contractNumber).firstTrainingDay()
                .map(first -> clock.at(schedule.curriculumWarning(first), settings.noticeTime())).orElse(NEVER);
    }

    public Date cancellationDeadline(String contractNumber, String groupCode) {
        return clock.endOf(group(contractNumber, groupCode).cancellationDeadline());
    }

    public Date materialsDue(String contractNumber, String groupCode, int blockIndex) {
        return clock.endOf(materialsDueOn(contractNumber, groupCode, blockIndex));
    }

    public Date materialsReminderAt(String contractNumber, String groupCode, int blockIndex) {
        return reminderAt(materialsDueOn(contractNumber, groupCode, blockIndex));
    }

    public Date materialsEscalationAt(String contractNumber, String groupCode, int blockIndex) {
        return escalationAt(materialsDueOn(contractNumber, groupCode, blockIndex));
    }

    public Date trainingDayStart(String contractNumber, String groupCode, int dayIndex) {
        return clock.at(trainingDay(contractNumber, groupCode, dayIndex), settings.trainingDayStartsAt());
    }

    public Date trainingDayEnd(String contractNumber, String groupCode, int dayIndex) {
        return clock.endOf(trainingDay(contractNumber, groupCode, dayIndex));
    }

    public Date handoverActDue(String contractNumber, String groupCode) {
        return clock.endOf(schedule.handoverAct(group(contractNumber, groupCode)).due());
    }

    /** Counted from the last training day; where every group was cancelled, from the day the deletion begins. */
    public Date deletionDue(String contractNumber) {
        LocalDate last = contracts.get(contractNumber).lastTrainingDay().orElse(clock.today());
        return clock.endOf(schedule.deletion(last).due());
    }

    public Date feedbackDue(String contractNumber, String groupCode) {
        return clock.endOf(schedule.feedback(group(contractNumber, groupCode)).due());
    }

    /**
     * When the reminder for a task due at {@code due} goes out: {@code ${deadlines.reminderBefore(task's due)}}. A task
     * with no due date (the pre-meeting of a contract whose every group was cancelled before its dates were agreed
     * has no first training day to be held before) is never reminded: its timer is set past any contract's end.
     */
    public Date reminderBefore(Date due) {
        return due == null ? NEVER : reminderAt(clock.dayOf(due));
    }

    /** When an overdue task is escalated, counted from its due date as {@link #reminderBefore} is. */
    public Date escalationAfter(Date due) {
        return due == null ? NEVER : escalationAt(clock.dayOf(due));
    }

    private LocalDate dateAgreement(String contractNumber) {
        return contracts.get(contractNumber).dateAgreementDeadline();
    }

    /** The day a delivery's materials are due by the contract's schedule, whatever a task's copy of it says. */
    public LocalDate materialsDueOn(String contractNumber, String groupCode, int blockIndex) {
        Contract contract = contracts.get(contractNumber);
        return schedule.materials(contract, contract.group(groupCode),
                contract.materialsDeliveries(groupCode, workingDays).get(blockIndex)).due();
    }

    private LocalDate trainingDay(String contractNumber, String groupCode, int dayIndex) {
        return group(contractNumber, groupCode).trainingDates().get(dayIndex);
    }

    private TrainingGroup group(String contractNumber, String groupCode) {
        return contracts.get(contractNumber).group(groupCode);
    }

    private Date reminderAt(LocalDate due) {
        return clock.at(due.minusDays(settings.reminderDaysBefore()), settings.noticeTime());
    }

    private Date escalationAt(LocalDate due) {
        return clock.at(due.plusDays(settings.escalationDaysAfter()), settings.noticeTime());
    }
}
