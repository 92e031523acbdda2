package ee.hankevoog.training;

import ee.hankevoog.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One training group of a contract: who, where, how many, and on which days. */
@Table("training_group")
public class TrainingGroup {

    /** All days of one group lie within six weeks. */
    public static final int MAX_SPAN_DAYS = 42;
    /** The customer must cancel at least two weeks before the group's first day. */
    public static final int CANCELLATION_NOTICE_DAYS = 14;

    @Id
    private Long id;
    private final String code;
    private final TargetGroup targetGroup;
    private final String place;
    private final int participantLimit;
    private final int academicHours;
    @MappedCollection(idColumn = "training_group_id", keyColumn = "position")
    private List<TrainingDay> days;
    private GroupStatus status;
    private LocalDate cancelledOn;
    private String cancellationReason;

    public TrainingGroup(String code, TargetGroup targetGroup, String place, int participantLimit,
            int academicHours, List<TrainingDay> days) {
        this.code = code;
        this.targetGroup = targetGroup;
        this.place = place;
        this.participantLimit = participantLimit;
        this.academicHours = academicHours;
        this.days = new ArrayList<>(days);
        this.status = GroupStatus.PLANNED;
    }

    /**
     * What is wrong with the group's days, each rule once. {@code today} is the engine's: a day already past cannot
     * be planned (its timers would all fire at once), whether the contract was signed before or is signed later.
     */
    public List<ScheduleViolation> scheduleViolations(LocalDate signedOn, LocalDate today, WorkingDays workingDays) {
        return scheduleViolations(signedOn, today, workingDays, false);
    }

    /**
     * The same rules for a change of the days: a day already held stays where it was, in the past; the six weeks
     * may be exceeded when the customer confirmed the exception.
     */
    public List<ScheduleViolation> scheduleViolations(LocalDate signedOn, LocalDate today, WorkingDays workingDays,
            boolean sixWeeksExceptionConfirmed) {
        return scheduleViolations(signedOn, today, workingDays, sixWeeksExceptionConfirmed, Set.of());
    }

    private List<ScheduleViolation> scheduleViolations(LocalDate signedOn, LocalDate today, WorkingDays workingDays,
            boolean sixWeeksExceptionConfirmed, Set<LocalDate> unchanged) {
        List<ScheduleViolation> violations = new ArrayList<>();
        if (place == null || place.isBlank()) {
            violations.add(new ScheduleViolation(code, "a place must be given", "no place"));
        }
        List<LocalDate> dates = trainingDates();
        if (dates.size() != targetGroup.trainingDays()) {
            violations.add(new ScheduleViolation(code, "a " + targetGroup + " group has "
                    + targetGroup.trainingDays() + " training days", dates.size() + " days " + dates));
            return violations;
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                violations.add(new ScheduleViolation(code, "training days must be distinct and in order",
                        dates.get(i - 1) + " then " + dates.get(i)));
                return violations;
            }
        }
        for (TrainingDay trainingDay : days) {
            LocalDate day = trainingDay.day();
            if (Boolean.FALSE.equals(trainingDay.held())) {
                violations.add(new ScheduleViolation(code, "a day that was not held gets a new date",
                        day.toString()));
            }
            // a day already past but not yet recorded (its task still open) stays where it is
            if (day.isBefore(today) && !trainingDay.wasHeld() && !unchanged.contains(day)) {
                violations.add(new ScheduleViolation(code, "training days lie ahead: none before today " + today,
                        day.toString()));
            }
            if (day.isBefore(signedOn)) {
                violations.add(new ScheduleViolation(code, "no training day before the signing date " + signedOn,
                        day.toString()));
            }
            workingDays.whyNotWorking(day).ifPresent(why -> violations.add(new ScheduleViolation(code,
                    "training days fall on working days, not on weekends or public holidays", why)));
        }
        long span = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        if (span > MAX_SPAN_DAYS && !sixWeeksExceptionConfirmed) {
            violations.add(new ScheduleViolation(code, "all days of a group lie within six weeks (at most "
                    + MAX_SPAN_DAYS + " days from first to last; an exception needs exceptionConfirmed)", span + " days, " + dates.get(0) + " to "
                    + dates.get(dates.size() - 1)));
        }
        if (targetGroup == TargetGroup.WORKERS) {
            LocalDate nextAfterFirst = workingDays.nextWorkingDayAfter(dates.get(0));
            if (!dates.get(1).equals(nextAfterFirst)) {
                violations.add(new ScheduleViolation(code, "days 1 and 2 of a workers' group are consecutive "
                        + "working days", dates.get(0) + " and " + dates.get(1)));
            }
            if (dates.get(2).equals(workingDays.nextWorkingDayAfter(dates.get(1)))) {
                violations.add(new ScheduleViolation(code, "day 3 of a workers' group comes later, not on the "
                        + "working day after day 2", dates.get(2).toString()));
            }
        }
        return violations;
    }

    /** Splits the days into blocks: a day that is not the next working day after the previous starts a block. */
    public List<TrainingBlock> blocks(WorkingDays workingDays) {
        List<TrainingBlock> blocks = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        for (LocalDate day : trainingDates()) {
            if (!current.isEmpty() && !day.equals(workingDays.nextWorkingDayAfter(current.get(current.size() - 1)))) {
                blocks.add(new TrainingBlock(blocks.size(), List.copyOf(current)));
                current.clear();
            }
            current.add(day);
        }
        if (!current.isEmpty()) {
            blocks.add(new TrainingBlock(blocks.size(), List.copyOf(current)));
        }
        return blocks;
    }

    public LocalDate cancellationDeadline() {
        return firstDay().minusDays(CANCELLATION_NOTICE_DAYS);
    }

    /** The contract's dates are agreed: the group will run on its days. */
    public void confirmDays() {
        if (status == GroupStatus.PLANNED) {
            status = GroupStatus.CONFIRMED;
        }
    }

    public void cancel(LocalDate today, String reason) {
        if (isOver()) {
            throw new TransitionRefused("Group " + code + " is " + status + "; it cannot be cancelled any more.");
        }
        // a group with no days yet may be cancelled any time: its first day, and so its deadline, is unknown
        if (hasDays() && today.isAfter(cancellationDeadline())) {
            throw new CancellationTooLate(code, cancellationDeadline(), today);
        }
        status = GroupStatus.CANCELLED;
        cancelledOn = today;
        cancellationReason = reason;
    }

    public void complete() {
        require(GroupStatus.CONFIRMED, "complete");
        status = GroupStatus.COMPLETED;
    }

    /** Completed or cancelled: nothing more happens to the group. */
    public boolean isOver() {
        return status == GroupStatus.COMPLETED || status == GroupStatus.CANCELLED;
    }

    private void require(GroupStatus expected, String step) {
        if (status != expected) {
            throw new TransitionRefused("Group " + code + " is " + status + "; only a " + expected + " group can "
                    + step + ".");
        }
    }

    /** The days proposed before the dates are agreed: none of them was held yet. */
    public void reschedule(List<LocalDate> newDays) {
        this.days = newDays.stream().map(TrainingDay::planned).toList();
    }

    /**
     * Moves the group's days that are not held yet, keeping the rules of registration: a held day stays as it was
     * (it may be repeated), a day recorded as not held must get a new date, and the six weeks may be exceeded only
     * as an exception the customer confirmed. Refused whole, nothing changed.
     */
    public void move(List<LocalDate> newDays, LocalDate signedOn, LocalDate today, WorkingDays workingDays,
            boolean sixWeeksExceptionConfirmed) {
        if (isOver()) {
            throw new TransitionRefused("Group " + code + " is " + status + "; its days do not change any more.");
        }
        List<LocalDate> changedHeld = days.stream().filter(TrainingDay::wasHeld).map(TrainingDay::day)
                .filter(day -> !newDays.contains(day)).toList();
        if (!changedHeld.isEmpty()) {
            throw new TransitionRefused("Group " + code + " was trained on " + changedHeld + " already; a day held "
                    + "stays in the list unchanged, only the days ahead move.");
        }
        List<TrainingDay> moved = newDays.stream().map(day -> days.stream()
                .filter(known -> known.day().equals(day) && known.held() != null).findFirst()
                .orElse(TrainingDay.planned(day))).toList();
        TrainingGroup candidate = new TrainingGroup(code, targetGroup, place, participantLimit, academicHours, moved);
        Set<LocalDate> unchanged = days.stream().filter(day -> day.held() == null).map(TrainingDay::day)
                .filter(newDays::contains).collect(Collectors.toSet());
        List<ScheduleViolation> violations = candidate.scheduleViolations(signedOn, today, workingDays,
                sixWeeksExceptionConfirmed, unchanged);
        if (!violations.isEmpty()) {
            throw new ScheduleRejected(violations);
        }
        this.days = moved;
    }

    /** The day's task was completed: the day was held, or not held and waits for a new date. */
    public void recordDay(int dayIndex, boolean held) {
        days = new ArrayList<>(days);
        days.set(dayIndex, new TrainingDay(days.get(dayIndex).day(), held));
    }

    /** The positions of the days still to be held, in order: a changed plan picks up from the first of them. */
    public List<Integer> dayIndexesAhead() {
        return IntStream.range(0, days.size()).filter(i -> !days.get(i).wasHeld()).boxed().toList();
    }

    /** Whether the six weeks are exceeded: allowed only as a confirmed exception. */
    public boolean exceedsSixWeeks() {
        return hasDays() && ChronoUnit.DAYS.between(firstDay(), lastDay()) > MAX_SPAN_DAYS;
    }

    public List<TrainingDay> days() {
        return List.copyOf(days);
    }

    public boolean isCancelled() {
        return status == GroupStatus.CANCELLED;
    }

    public List<LocalDate> trainingDates() {
        return days.stream().map(TrainingDay::day).toList();
    }

    public boolean hasDays() {
        return !days.isEmpty();
    }

    public LocalDate firstDay() {
        return days.get(0).day();
    }

    public LocalDate lastDay() {
        return days.get(days.size() - 1).day();
    }

    public String code() {
        return code;
    }

    public TargetGroup targetGroup() {
        return targetGroup;
    }

    public String place() {
        return place;
    }

    /** Why this many participants (registered or present) break the group's limit; none when they fit. */
    public Optional<String> whyTooManyParticipants(long participants) {
        return participants <= participantLimit ? Optional.empty() : Optional.of("group " + code + " takes at most "
                + participantLimit + " participants, got " + participants);
    }

    /** The academic hours of the days held: the contracted hours shared evenly by the group's days. */
    public int hoursHeld() {
        long held = days.stream().filter(TrainingDay::wasHeld).count();
        return days.isEmpty() ? 0 : (int) (academicHours * held / days.size());
    }

    public int participantLimit() {
        return participantLimit;
    }

    public int academicHours() {
        return academicHours;
    }

    public GroupStatus status() {
        return status;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancellationReason() {
        return cancellationReason;
    }
}
