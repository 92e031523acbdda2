package ee.hankevoog.training;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.TestContracts;
import ee.hankevoog.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingGroupScheduleTest {

    /** Monday 16 March 2026. */
    private static final LocalDate SIGNED_ON = TestContracts.SIGNED_ON;

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void acceptsTheReferenceWorkersGroup() {
        TrainingGroup group = workers("2026-04-20", "2026-04-21", "2026-05-25");

        assertThat(group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays)).isEmpty();
    }

    @Test
    void acceptsTheReferenceLeadersGroup() {
        TrainingGroup group = leaders("2026-04-28", "2026-05-12");

        assertThat(group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays)).isEmpty();
    }

    @Test
    void refusesAWorkersGroupWithoutExactlyThreeDays() {
        TrainingGroup group = workers("2026-04-20", "2026-04-21");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "W1", "has 3 training days", "2 days [2026-04-20, 2026-04-21]");
    }

    @Test
    void refusesALeadersGroupWithoutExactlyTwoDays() {
        TrainingGroup group = leaders("2026-04-28", "2026-04-29", "2026-05-12");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "has 2 training days", "3 days [2026-04-28, 2026-04-29, 2026-05-12]");
    }

    @Test
    void refusesWorkersDaysOneAndTwoThatAreNotConsecutiveWorkingDays() {
        TrainingGroup group = workers("2026-04-20", "2026-04-22", "2026-05-25");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "W1", "days 1 and 2 of a workers' group are consecutive working days",
                "2026-04-20 and 2026-04-22");
    }

    @Test
    void acceptsWorkersDaysOneAndTwoOnFridayAndMonday() {
        TrainingGroup group = workers("2026-04-17", "2026-04-20", "2026-05-18");

        assertThat(group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays)).isEmpty();
    }

    @Test
    void acceptsWorkersDaysOneAndTwoOnEitherSideOfGoodFriday() {
        TrainingGroup group = workers("2026-04-02", "2026-04-06", "2026-04-20");

        assertThat(group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays)).isEmpty();
    }

    @Test
    void refusesWorkersDayThreeOnTheWorkingDayAfterDayTwo() {
        TrainingGroup group = workers("2026-04-20", "2026-04-21", "2026-04-22");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "W1", "day 3 of a workers' group comes later", "2026-04-22");
    }

    @Test
    void refusesWorkersDayThreeOnTheMondayAfterDayTwoOnFriday() {
        TrainingGroup group = workers("2026-04-16", "2026-04-17", "2026-04-20");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "W1", "day 3 of a workers' group comes later", "2026-04-20");
    }

    @Test
    void acceptsDaysFortyTwoDaysApartFromFirstToLast() {
        TrainingGroup group = workers("2026-04-20", "2026-04-21", "2026-06-01");

        assertThat(group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays)).isEmpty();
    }

    @Test
    void refusesDaysFortyThreeDaysApartFromFirstToLast() {
        TrainingGroup group = workers("2026-04-20", "2026-04-21", "2026-06-02");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "W1", "within six weeks", "43 days, 2026-04-20 to 2026-06-02");
    }

    @Test
    void acceptsATrainingDayOnTheSigningDate() {
        TrainingGroup group = leaders("2026-03-16", "2026-03-20");

        assertThat(group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays)).isEmpty();
    }

    /** A contract registered ahead of its signing: the days are checked against both. */
    @Test
    void refusesATrainingDayBeforeTheSigningDate() {
        TrainingGroup group = leaders("2026-03-13", "2026-03-20");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, LocalDate.parse("2026-03-02"),
                workingDays);

        assertRefused(violations, "L1", "no training day before the signing date 2026-03-16", "2026-03-13");
    }

    @Test
    void refusesATrainingDayBeforeTodayWhateverTheSigningDate() {
        TrainingGroup group = leaders("2026-04-28", "2026-05-12");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, LocalDate.parse("2026-05-04"),
                workingDays);

        assertRefused(violations, "L1", "training days lie ahead: none before today 2026-05-04", "2026-04-28");
        assertThat(group.scheduleViolations(SIGNED_ON, LocalDate.parse("2026-04-28"), workingDays))
                .as("a training day today is no day past").isEmpty();
    }

    @Test
    void refusesATrainingDayOnAWeekend() {
        TrainingGroup group = leaders("2026-04-25", "2026-05-12");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "not on weekends or public holidays", "25.04.2026 is a Saturday");
    }

    @Test
    void refusesATrainingDayOnAPublicHoliday() {
        TrainingGroup group = leaders("2026-04-28", "2026-05-01");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "not on weekends or public holidays",
                "01.05.2026 is Spring Day, a public holiday");
    }

    @Test
    void refusesAGroupWithoutAPlace() {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, null, 13, "2026-04-28", "2026-05-12");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "a place must be given", "no place");
    }

    @Test
    void refusesAGroupWithABlankPlace() {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, " ", 13, "2026-04-28", "2026-05-12");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "a place must be given", "no place");
    }

    @Test
    void refusesTheSameDayTwice() {
        TrainingGroup group = leaders("2026-04-28", "2026-04-28");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "distinct and in order", "2026-04-28 then 2026-04-28");
    }

    @Test
    void refusesDaysOutOfOrder() {
        TrainingGroup group = leaders("2026-05-12", "2026-04-28");

        List<ScheduleViolation> violations = group.scheduleViolations(SIGNED_ON, SIGNED_ON, workingDays);

        assertRefused(violations, "L1", "distinct and in order", "2026-05-12 then 2026-04-28");
    }

    private static TrainingGroup workers(String... days) {
        return TestContracts.group("W1", TargetGroup.WORKERS, "Tartu", 20, days);
    }

    private static TrainingGroup leaders(String... days) {
        return TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13, days);
    }

    private static void assertRefused(List<ScheduleViolation> violations, String group, String rule,
            String offendingValue) {
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.group()).isEqualTo(group);
            assertThat(violation.rule()).contains(rule);
            assertThat(violation.value()).isEqualTo(offendingValue);
        });
    }
}
