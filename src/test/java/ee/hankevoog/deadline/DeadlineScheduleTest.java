package ee.hankevoog.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ee.hankevoog.TestContracts;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.Person;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineScheduleTest {

    private final DeadlineSchedule schedule = new DeadlineSchedule(new WorkingDays(),
            new DeadlineSettings(2, 1, LocalTime.of(9, 0), LocalTime.of(8, 0), 10, 14, 30));

    @Test
    void materialsForAMondayTrainingAreDueTheMondayBefore() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        Deadline materials = first(ofGroup(group, MaterialsDue.TRAINING), Obligation.MATERIALS);

        assertThat(materials.due()).isEqualTo("2026-04-13");
        assertThat(materials.rule()).contains("2026-04-20");
    }

    @Test
    void materialsDeadlineSkipsGoodFriday() {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13,
                "2026-04-09", "2026-04-23");

        Deadline materials = first(ofGroup(group, MaterialsDue.TRAINING), Obligation.MATERIALS);

        assertThat(materials.due()).isEqualTo("2026-04-01");
        assertThat(materials.rule()).contains("2026-04-09");
    }

    @Test
    void byDefaultOneMaterialsDeadlineCoversTheWholeTrainingCountedFromItsFirstDay() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        List<Deadline> materials = all(ofGroup(group, MaterialsDue.TRAINING), Obligation.MATERIALS);

        assertThat(materials)
                .extracting(Deadline::itemIndex, Deadline::trainingDay, Deadline::due)
                .containsExactly(tuple(null, LocalDate.parse("2026-04-20"), LocalDate.parse("2026-04-13")));
        assertThat(materials.get(0).rule()).contains("training's first day 2026-04-20", "per training");
    }

    @Test
    void aContractWithMaterialsPerBlockHasADeadlineForEachBlockCountedFromItsFirstDay() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        List<Deadline> materials = all(ofGroup(group, MaterialsDue.BLOCK), Obligation.MATERIALS);

        assertThat(materials)
                .extracting(Deadline::itemIndex, Deadline::trainingDay, Deadline::due)
                .containsExactly(
                        tuple(0, LocalDate.parse("2026-04-20"), LocalDate.parse("2026-04-13")),
                        tuple(1, LocalDate.parse("2026-05-25"), LocalDate.parse("2026-05-18")));
        assertThat(materials.get(1).rule()).contains("block's first day 2026-05-25", "per block");
    }

    /**
     * Counted by hand on a calendar, not by the code under test: Easter 2027 (Good Friday 26 March), Midsummer
     * (23 and 24 June, Tuesday and Wednesday in 2026) and Christmas (24 to 26 December 2026).
     */
    @ParameterizedTest(name = "training from {0}: materials due {1}")
    @CsvSource({
            "2027-04-02, 2027-03-25", // Fri 2 Apr 2027: Thu 1, Wed 31, Tue 30, Mon 29, Thu 25 (Good Friday 26 Mar)
            "2026-06-29, 2026-06-18", // Mon 29 June: Fri 26, Thu 25, Mon 22, Fri 19, Thu 18 (23 and 24 June)
            "2026-06-26, 2026-06-17", // Fri 26 June: Thu 25, Mon 22, Fri 19, Thu 18, Wed 17
            "2026-12-30, 2026-12-21", // Wed 30 Dec: Tue 29, Mon 28, Wed 23, Tue 22, Mon 21 (24-26 Dec are holidays)
            "2027-01-04, 2026-12-23"  // Mon 4 Jan: Thu 31, Wed 30, Tue 29, Mon 28, Wed 23 (1 Jan is a holiday)
    })
    void materialsDeadlineSkipsEasterMidsummerAndChristmas(LocalDate firstDay, LocalDate due) {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13, firstDay.toString());

        assertThat(first(ofGroup(group, MaterialsDue.TRAINING), Obligation.MATERIALS).due()).isEqualTo(due);
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

        Deadline cancellation = first(ofGroup(group, MaterialsDue.TRAINING), Obligation.CANCELLATION_NOTICE);

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

        Deadline feedback = first(ofGroup(group, MaterialsDue.TRAINING), Obligation.FEEDBACK);

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

    private List<Deadline> ofGroup(TrainingGroup group, MaterialsDue materialsDue) {
        Contract contract = new Contract("HV-1", "Kovisioon", TestContracts.SIGNED_ON,
                new Person("Mari", "mari@example.ee"), List.of(new Trainer("Tiit", "tiit@example.ee", null)),
                List.of(group));
        contract.deliverMaterials(materialsDue);
        return schedule.ofGroup(contract, group);
    }

    private static Deadline first(List<Deadline> deadlines, Obligation obligation) {
        return all(deadlines, obligation).get(0);
    }

    private static List<Deadline> all(List<Deadline> deadlines, Obligation obligation) {
        return deadlines.stream().filter(deadline -> deadline.obligation() == obligation).toList();
    }
}
