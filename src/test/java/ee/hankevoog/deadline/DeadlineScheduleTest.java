package ee.hankevoog.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ee.hankevoog.TestContracts;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineScheduleTest {

    private final DeadlineSchedule schedule = new DeadlineSchedule(new WorkingDays(),
            new DeadlineSettings(2, 1, LocalTime.of(9, 0), LocalTime.of(8, 0), 10, 14, 30));

    @Test
    void materialsForAMondayTrainingAreDueTheMondayBefore() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        Deadline materials = first(schedule.ofGroup(group), Obligation.MATERIALS);

        assertThat(materials.due()).isEqualTo("2026-04-13");
        assertThat(materials.rule()).contains("2026-04-20");
    }

    @Test
    void materialsDeadlineSkipsGoodFriday() {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13,
                "2026-04-09", "2026-04-23");

        Deadline materials = first(schedule.ofGroup(group), Obligation.MATERIALS);

        assertThat(materials.due()).isEqualTo("2026-04-01");
        assertThat(materials.rule()).contains("2026-04-09");
    }

    @Test
    void eachBlockHasItsOwnMaterialsDeadlineCountedFromItsFirstDay() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        List<Deadline> materials = all(schedule.ofGroup(group), Obligation.MATERIALS);

        assertThat(materials)
                .extracting(Deadline::itemIndex, Deadline::trainingDay, Deadline::due)
                .containsExactly(
                        tuple(0, LocalDate.parse("2026-04-20"), LocalDate.parse("2026-04-13")),
                        tuple(1, LocalDate.parse("2026-05-25"), LocalDate.parse("2026-05-18")));
    }

    @Test
    void datesAreDueFourteenDaysAfterSigning() {
        Contract contract = TestContracts.reference("HV-1");

        Deadline dateAgreement = first(schedule.of(contract), Obligation.DATE_AGREEMENT);

        assertThat(dateAgreement.due()).isEqualTo("2026-03-30");
        assertThat(dateAgreement.rule()).contains("2026-03-16");
    }

    @Test
    void cancellationIsDueFourteenDaysBeforeTheGroupsFirstDay() {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13,
                "2026-04-28", "2026-05-12");

        Deadline cancellation = first(schedule.ofGroup(group), Obligation.CANCELLATION_NOTICE);

        assertThat(cancellation.due()).isEqualTo("2026-04-14");
        assertThat(cancellation.rule()).contains("2026-04-28");
    }

    @Test
    void preMeetingIsDueOnTheWorkingDayBeforeTheFirstTrainingDay() {
        Contract contract = TestContracts.reference("HV-1");

        Deadline preMeeting = first(schedule.of(contract), Obligation.PRE_MEETING);

        assertThat(preMeeting.due()).isEqualTo("2026-04-17");
        assertThat(preMeeting.rule()).contains("2026-04-20");
    }

    @Test
    void feedbackIsDueFourteenDaysAfterTheGroupsLastDay() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        Deadline feedback = first(schedule.ofGroup(group), Obligation.FEEDBACK);

        assertThat(feedback.due()).isEqualTo("2026-06-08");
        assertThat(feedback.rule()).contains("2026-05-25");
    }

    @Test
    void everyRuleNamesTheDayItIsCountedFrom() {
        Contract contract = TestContracts.reference("HV-1");

        List<Deadline> deadlines = schedule.of(contract);

        assertThat(deadlines).allSatisfy(deadline -> {
            LocalDate countedFrom = deadline.trainingDay() != null ? deadline.trainingDay() : contract.signedOn();
            assertThat(deadline.rule()).contains(countedFrom.toString());
        });
    }

    private static Deadline first(List<Deadline> deadlines, Obligation obligation) {
        return all(deadlines, obligation).get(0);
    }

    private static List<Deadline> all(List<Deadline> deadlines, Obligation obligation) {
        return deadlines.stream().filter(deadline -> deadline.obligation() == obligation).toList();
    }
}
