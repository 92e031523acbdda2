package ee.hankevoog.contract;

import static ee.hankevoog.TestContracts.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.hankevoog.TestContracts;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.ScheduleViolation;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractDayAgreementTest {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void agreesNewDaysForANamedGroup() {
        Contract contract = TestContracts.reference("HV-1");

        contract.agreeDays(Map.of("W1", dates("2026-04-22", "2026-04-23", "2026-05-27")), workingDays, SIGNED_ON);

        assertThat(contract.group("W1").trainingDates()).isEqualTo(dates("2026-04-22", "2026-04-23", "2026-05-27"));
    }

    @Test
    void groupsNotNamedKeepTheirProposedDays() {
        Contract contract = TestContracts.reference("HV-1");

        contract.agreeDays(Map.of("W1", dates("2026-04-22", "2026-04-23", "2026-05-27")), workingDays, SIGNED_ON);

        assertThat(contract.group("L1").trainingDates()).isEqualTo(dates("2026-04-28", "2026-05-12"));
        assertThat(contract.group("W2").trainingDates()).isEqualTo(dates("2026-10-12", "2026-10-13", "2026-11-16"));
        assertThat(contract.group("L2").trainingDates()).isEqualTo(dates("2026-10-20", "2026-11-03"));
    }

    @Test
    void refusesDaysThatBreakTheRulesListingEveryViolationAndChangingNothing() {
        Contract contract = TestContracts.reference("HV-1");
        Map<String, List<LocalDate>> agreed = Map.of(
                "W1", dates("2026-04-20", "2026-04-22", "2026-05-25"),
                "L1", dates("2026-04-25", "2026-05-12"),
                "L2", dates("2026-10-20", "2026-11-04"));

        ScheduleRejected rejected = assertThrows(ScheduleRejected.class,
                () -> contract.agreeDays(agreed, workingDays, SIGNED_ON));

        assertThat(rejected.violations())
                .extracting(ScheduleViolation::group, ScheduleViolation::value)
                .containsExactly(
                        tuple("W1", "2026-04-20 and 2026-04-22"),
                        tuple("L1", "25.04.2026 is a Saturday"));
        assertThat(rejected).hasMessageContaining("Group W1").hasMessageContaining("Group L1");
        assertThat(contract.group("W1").trainingDates()).isEqualTo(dates("2026-04-20", "2026-04-21", "2026-05-25"));
        assertThat(contract.group("L1").trainingDates()).isEqualTo(dates("2026-04-28", "2026-05-12"));
        assertThat(contract.group("L2").trainingDates()).isEqualTo(dates("2026-10-20", "2026-11-03"));
    }

    @Test
    void refusesDaysForAGroupTheContractDoesNotHave() {
        Contract contract = TestContracts.reference("HV-1");
        Map<String, List<LocalDate>> agreed = Map.of(
                "W1", dates("2026-04-22", "2026-04-23", "2026-05-27"),
                "X9", dates("2026-04-28", "2026-05-12"));

        ScheduleRejected rejected = assertThrows(ScheduleRejected.class,
                () -> contract.agreeDays(agreed, workingDays, SIGNED_ON));

        assertThat(rejected.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.group()).isEqualTo("X9");
            assertThat(violation.rule()).contains("the contract's groups [W1, L1, W2, L2]");
            assertThat(violation.value()).isEqualTo("unknown group X9");
        });
        assertThat(contract.group("W1").trainingDates()).isEqualTo(dates("2026-04-20", "2026-04-21", "2026-05-25"));
    }

    @Test
    void refusesAGroupLeftWithoutDays() {
        Contract contract = contractWith(
                TestContracts.group("W1", TargetGroup.WORKERS, "Tartu", 20, "2026-04-20", "2026-04-21", "2026-05-25"),
                TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13));

        ScheduleRejected rejected = assertThrows(ScheduleRejected.class,
                () -> contract.agreeDays(Map.of(), workingDays, SIGNED_ON));

        assertThat(rejected.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.group()).isEqualTo("L1");
            assertThat(violation.rule()).contains("every group needs its training days");
            assertThat(violation.value()).isEqualTo("no days");
        });
        assertThat(contract.group("L1").hasDays()).isFalse();
    }

    @Test
    void refusesAnEmptyListOfDaysForANamedGroup() {
        Contract contract = TestContracts.reference("HV-1");

        ScheduleRejected rejected = assertThrows(ScheduleRejected.class,
                () -> contract.agreeDays(Map.of("L1", List.of()), workingDays, SIGNED_ON));

        assertThat(rejected.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.group()).isEqualTo("L1");
            assertThat(violation.rule()).contains("every group needs its training days");
            assertThat(violation.value()).isEqualTo("no days");
        });
        assertThat(contract.group("L1").trainingDates()).isEqualTo(dates("2026-04-28", "2026-05-12"));
    }

    @Test
    void acceptsTheReferenceContractsProposedDays() {
        Contract contract = TestContracts.reference("HV-1");

        assertThatCode(() -> contract.checkProposedDays(workingDays, SIGNED_ON)).doesNotThrowAnyException();
    }

    @Test
    void leavesGroupsWithoutProposedDaysToTheDateAgreement() {
        Contract contract = contractWith(
                TestContracts.group("W1", TargetGroup.WORKERS, "Tartu", 20, "2026-04-20", "2026-04-21", "2026-05-25"),
                TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13));

        assertThatCode(() -> contract.checkProposedDays(workingDays, SIGNED_ON)).doesNotThrowAnyException();
    }

    @Test
    void refusesProposedDaysThatBreakTheRules() {
        Contract contract = contractWith(
                TestContracts.group("W1", TargetGroup.WORKERS, "Tartu", 20, "2026-04-20", "2026-04-21", "2026-04-22"),
                TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13, "2026-04-28", "2026-05-01"));

        ScheduleRejected rejected = assertThrows(ScheduleRejected.class,
                () -> contract.checkProposedDays(workingDays, SIGNED_ON));

        assertThat(rejected.violations())
                .extracting(ScheduleViolation::group, ScheduleViolation::value)
                .containsExactly(
                        tuple("W1", "2026-04-22"),
                        tuple("L1", "01.05.2026 is Spring Day, a public holiday"));
    }

    private static Contract contractWith(TrainingGroup... groups) {
        return new Contract("HV-1", "Kovisioon lastekaitses", TestContracts.SIGNED_ON,
                new Person("Mari Maasikas", TestContracts.OFFICER_EMAIL),
                List.of(new Trainer("Tiit Tamm", TestContracts.TRAINER_EMAIL, null)), List.of(groups));
    }

    private static List<LocalDate> dates(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
