package ee.hankevoog.contract;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.TaskValues;
import ee.hankevoog.TestContracts;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.training.GroupStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference contract as real contracts run: W2 moved to other dates, L2 cancelled three weeks before its first
 * day, a trainer replaced mid-way, and a day not held postponed; it still runs to its closing.
 */
@HankevoogTest
class ContractChangesProcessTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;
    @Autowired
    ContractRepository contracts;
    @Autowired
    DeadlineBoard deadlines;
    @Autowired
    GroupRescheduling rescheduling;
    @Autowired
    GroupCancellation cancellation;
    @Autowired
    TrainerChange trainerChange;
    @Autowired
    JdbcTemplate jdbc;

    String number;
    ProcessDriver driver;
    int daysHeld;
    boolean dayLost;

    @BeforeEach
    void registerTheReferenceContract() {
        setClock(TestContracts.SIGNED_ON);
        number = "CH-" + System.nanoTime();
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials)
                .register(TestContracts.reference(number));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsTheReferenceContractThroughItsChangesToClosing() {
        driver.agreeDates(Map.of());
        workUntil(LocalDateTime.parse("2026-06-15T10:00"));
        assertThat(groupStatus("W1")).isEqualTo(GroupStatus.COMPLETED);

        // mid-way, Kati Kask leaves and Mari Mets trains in her place
        trainerChange.change(number, List.of(new Trainer("Tiit Tamm", TestContracts.TRAINER_EMAIL, null),
                new Trainer("Mari Mets", "mets@example.ee", null)), "Kati lahkus / Kati left", "officer");
        assertThat(driver.openTask(CONFIRM_JOINING_TRAINER_PROFILE).getName())
                .isEqualTo("Confirm trainer profile in JUHAN: Mari Mets – " + number);
        driver.complete(CONFIRM_JOINING_TRAINER_PROFILE, TaskValues.valid(CONFIRM_JOINING_TRAINER_PROFILE));

        workUntil(LocalDateTime.parse("2026-09-01T10:00"));
        rescheduling.reschedule(number, "W2", days("2026-10-19", "2026-10-20", "2026-11-23"),
                "Ruum remondis / the room is being renovated", false, false, "officer");

        // L2 starts on 20 October: three weeks before, the customer cancels it
        workUntil(LocalDateTime.parse("2026-09-29T10:00"));
        cancellation.cancel(number, "L2", "Liiga vähe registreerunuid / too few registrants", 6, "officer");

        workUntil(LocalDateTime.parse("2027-01-31T10:00"));

        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(contract.state()).isEqualTo(ContractState.CLOSED);
        assertThat(dayLost).isTrue();
        assertThat(daysHeld).isEqualTo(8);
        assertThat(contract.group("W2").trainingDates()).extracting(LocalDate::toString)
                .containsExactly("2026-10-20", "2026-10-21", "2026-11-23");
        assertThat(contract.groups()).extracting(group -> group.code() + " " + group.status())
                .containsExactly("W1 COMPLETED", "L1 COMPLETED", "W2 COMPLETED", "L2 CANCELLED");
        assertThat(contract.trainers()).extracting(Trainer::name).containsExactly("Tiit Tamm", "Mari Mets");
        assertThat(deadlines.of(contract)).filteredOn(state -> "L2".equals(state.deadline().group()))
                .extracting(DeadlineBoard.DeadlineState::status).containsOnly(DeadlineStatus.DONE,
                        DeadlineStatus.CANCELLED);
        assertThat(jdbc.queryForList("select kind || ' ' || coalesce(group_code, '-') || ': ' || summary"
                + " from audit_record where contract_number = ? and kind in ('CONTRACT_AMENDED', 'GROUP_CANCELLED')"
                + " order by sequence", String.class, number)).satisfiesExactly(
                        trainers -> assertThat(trainers).startsWith("CONTRACT_AMENDED -: Changed trainers")
                                .contains("Kati Kask", "Mari Mets"),
                        moved -> assertThat(moved).startsWith("CONTRACT_AMENDED W2")
                                .contains("2026-10-12, 2026-10-13, 2026-11-16 → 2026-10-19, 2026-10-20, 2026-11-23"),
                        cancelled -> assertThat(cancelled).startsWith("GROUP_CANCELLED L2"),
                        postponed -> assertThat(postponed).startsWith("CONTRACT_AMENDED W2")
                                .contains("→ 2026-10-20, 2026-10-21, 2026-11-23", "Koolitaja haige"));
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("Contract changed"))
                .extracting(ReceivedMail::recipient).contains("mets@example.ee", TestContracts.OFFICER_EMAIL);
    }

    /** Works every task as it opens, timer by timer, until {@code until}; W2's first day is lost to illness. */
    private void workUntil(LocalDateTime until) {
        driver.openTasks(SEND_MATERIALS).forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));
        do {
            driver.deliverMail();
            for (String key : List.of(CONFIRM_JUHAN_PROFILE, GIVE_CURRICULUM_INPUT, HOLD_CURRICULUM_MEETING,
                    HOLD_PRE_MEETING, SEND_MATERIALS, PREPARE_HANDOVER_ACT, ACCEPT_HANDOVER_ACT, UPDATE_JUHAN_STATUSES,
                    COLLECT_FEEDBACK,
                    DELETE_DIGITAL_MATERIAL, CONFIRM_DELETION)) {
                driver.openTasks(key).forEach(task -> driver.complete(task, TaskValues.valid(key)));
            }
            for (Task day : driver.openTasks(RECORD_TRAINING_DAY)) {
                boolean lost = !dayLost && ProcessDriver.today().equals(LocalDate.parse("2026-10-19"));
                driver.complete(day, lost ? Map.of("dayNotHeld", true, "notHeldReason",
                        "Koolitaja haige / the trainer is ill") : TaskValues.valid(RECORD_TRAINING_DAY));
                daysHeld += lost ? 0 : 1;
                dayLost |= lost;
            }
            for (Task move : driver.openTasks(MOVE_DAY_NOT_HELD)) {
                driver.complete(move, Map.of("newDay", "2026-10-21", "reason", "Koolitaja haige / the trainer is ill"));
            }
        } while (driver.advanceToNextTimerBy(until) || !driver.openTasks(RECORD_TRAINING_DAY).isEmpty());
    }

    private GroupStatus groupStatus(String group) {
        return contracts.findByNumber(number).orElseThrow().group(group).status();
    }

    private static List<LocalDate> days(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
