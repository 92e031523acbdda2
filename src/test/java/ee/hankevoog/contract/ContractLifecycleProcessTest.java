package ee.hankevoog.contract;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.TaskValues;
import ee.hankevoog.TestContracts;
import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.dashboard.ContractOverview;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.DocumentStatus;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.retention.EvidenceRetention;
import ee.hankevoog.security.Roles;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.GroupStatus;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HankevoogTest
class ContractLifecycleProcessTest {

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
    Documents documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GroupCancellation cancellation;

    ProcessDriver driver;
    String number;

    @BeforeEach
    void signReferenceContract(TestInfo test) {
        BpmnAwareTests.init(engine);
        setClock(TestContracts.SIGNED_ON);
        // a parameterized test's runs each register their own contract
        String run = test.getDisplayName().startsWith("[")
                ? "-" + test.getDisplayName().replaceAll("^\\[(\\d+)].*", "$1") : "";
        number = "LC-" + test.getTestMethod().orElseThrow().getName() + run;
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials).register(TestContracts.reference(number));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void startsWithDateAgreementDueTwoWeeksAfterSigning() {
        assertThat(driver.lifecycle()).isWaitingAt(AGREE_TRAINING_DATES);
        Task task = driver.openTask(AGREE_TRAINING_DATES);
        assertThat(task.getDueDate()).isEqualTo(at("2026-03-30T23:59:59"));
    }

    @Test
    void givesTrainerTasksToTheContractsOwnTrainersOnly() {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("lctrainer").count() == 0) {
            User trainer = identity.newUser("lctrainer");
            trainer.setEmail("lc-trainer@example.ee");
            identity.saveUser(trainer);
            identity.createMembership("lctrainer", "trainers");
        }
        Contract contract = new Contract(number + "-own", "Own trainers", TestContracts.SIGNED_ON,
                new Person("Mari Maasikas", TestContracts.OFFICER_EMAIL),
                List.of(new Trainer("LC Trainer", "lc-trainer@example.ee", "lctrainer")),
                List.of(TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20, "2026-04-20", "2026-04-21",
                        "2026-05-25")));
        registration.register(contract);

        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number + "-own")
                .singleResult();
        assertThat(task).hasCandidateUser("lctrainer");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .noneMatch(link -> "trainers".equals(link.getGroupId()));
        assertThat(driver.openTask(AGREE_TRAINING_DATES)).isNot(new org.assertj.core.api.Condition<>(
                t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                        .anyMatch(link -> "lctrainer".equals(link.getUserId())), "offered to lctrainer"));
    }

    @Test
    void remindsTrainersTwoDaysBeforeDateAgreementIsDue() {
        setClock(LocalDateTime.parse("2026-03-28T08:59"));
        assertThat(driver.runDueJobs()).isZero();

        setClock(LocalDateTime.parse("2026-03-28T09:00"));
        driver.runDueJobs();
        driver.deliverMail();

        List<ReceivedMail> mail = ReceivedMail.about(smtp, number);
        assertThat(mail).extracting(ReceivedMail::recipient)
                .containsExactlyInAnyOrder(TestContracts.TRAINER_EMAIL, "kati@example.ee");
        ReceivedMail reminder = mail.get(0);
        assertThat(reminder.subject()).contains("Meeldetuletus / Reminder", "Agree training dates", number);
        assertThat(reminder.body()).contains("2026-03-30", "Koolituskuupäevade kokkuleppimine",
                "/camunda/app/tasklist/default/#/?task=" + driver.openTask(AGREE_TRAINING_DATES).getId());
        assertThat(driver.lifecycle()).isWaitingAt(AGREE_TRAINING_DATES);
    }

    @Test
    void escalatesOverdueDateAgreementToTheOfficerAndKeepsTheTaskOpen() {
        setClock(LocalDateTime.parse("2026-03-31T09:00"));
        driver.runDueJobs();
        driver.deliverMail();

        assertThat(ReceivedMail.about(smtp, number))
                .filteredOn(m -> m.subject().startsWith("Tähtaeg ületatud / Overdue"))
                .singleElement().extracting(ReceivedMail::recipient).isEqualTo(TestContracts.OFFICER_EMAIL);
        assertThat(driver.lifecycle()).isWaitingAt(AGREE_TRAINING_DATES);
        assertThat(statusOf("DATE_AGREEMENT")).isEqualTo(DeadlineStatus.OVERDUE);

        setClock(LocalDateTime.parse("2026-04-02T09:00"));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(m -> m.subject().startsWith("Tähtaeg ületatud"))
                .hasSize(1);
    }

    /**
     * The first training day is Monday 20 April 2026; ten working days before it is Monday 6 April (Good Friday,
     * 3 April, is a holiday in Estonia; Easter Monday is not).
     */
    @Test
    void warnsTheOfficerOfCurriculaNotApprovedInTime() {
        driver.agreeDates(Map.of());

        setClock(LocalDateTime.parse("2026-04-03T09:00"));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(curriculaWarnings()).isEmpty();

        setClock(LocalDateTime.parse("2026-04-06T09:00"));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(curriculaWarnings()).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo(TestContracts.OFFICER_EMAIL);
            assertThat(mail.body()).contains("the first training day 2026-04-20 is 10 working days away");
        });
    }

    @Test
    void sendsNoCurriculumWarningWhenApprovedInTime() {
        driver.agreeDates(Map.of());
        driver.complete(GIVE_CURRICULUM_INPUT, TaskValues.valid(GIVE_CURRICULUM_INPUT));
        driver.complete(HOLD_CURRICULUM_MEETING, TaskValues.valid(HOLD_CURRICULUM_MEETING));

        setClock(LocalDateTime.parse("2026-04-06T09:00"));
        driver.runDueJobs();
        driver.deliverMail();

        assertThat(curriculaWarnings()).isEmpty();
    }

    /** The pre-meeting and the trainers' JUHAN profiles are due on Friday 17 April 2026, before the first day. */
    @Test
    void remindsEachTrainerOfTheirOwnProfile() {
        driver.agreeDates(Map.of());
        driver.openTasks(CONFIRM_JUHAN_PROFILE).stream().filter(task -> task.getName().contains("Tiit Tamm"))
                .forEach(task -> driver.complete(task, TaskValues.valid(CONFIRM_JUHAN_PROFILE)));

        for (String moment : List.of("2026-04-15T09:00", "2026-04-17T09:00", "2026-04-18T09:00")) {
            setClock(LocalDateTime.parse(moment));
            driver.runDueJobs();
        }
        driver.deliverMail();

        List<ReceivedMail> mails = ReceivedMail.about(smtp, number);
        assertThat(mails).filteredOn(mail -> mail.subject().contains("JUHAN"))
                .extracting(mail -> mail.subject().substring(0, mail.subject().indexOf(" /")) + " → " + mail.recipient())
                .containsExactlyInAnyOrder("Meeldetuletus → kati@example.ee",
                        "Tähtaeg ületatud → " + TestContracts.OFFICER_EMAIL)
                .allSatisfy(line -> assertThat(line).doesNotContain("tiit"));
        assertThat(mails).filteredOn(mail -> mail.subject().contains("Hold pre-meeting"))
                .extracting(mail -> mail.subject().substring(0, mail.subject().indexOf(" /")))
                .contains("Meeldetuletus", "Tähtaeg ületatud");
        assertThat(deadlines.of(contracts.findByNumber(number).orElseThrow()))
                .filteredOn(state -> state.deadline().obligation() == Obligation.JUHAN_PROFILE)
                .extracting(state -> state.deadline().itemIndex(), DeadlineBoard.DeadlineState::status)
                .containsExactly(tuple(0, DeadlineStatus.DONE), tuple(1, DeadlineStatus.OVERDUE));
    }

    private List<ReceivedMail> curriculaWarnings() {
        return ReceivedMail.about(smtp, number).stream()
                .filter(mail -> mail.subject().contains("Curricula not approved")).toList();
    }

    @Test
    void aCancellationRightNotUsedExpiresInsteadOfFallingOverdue() {
        driver.agreeDates(Map.of());
        assertThat(statusOf("CANCELLATION_NOTICE")).isEqualTo(DeadlineStatus.OPEN);

        setClock(LocalDateTime.parse("2026-04-08T09:00"));

        assertThat(statusOf("CANCELLATION_NOTICE")).as("W1's right to cancel ended on 2026-04-06")
                .isEqualTo(DeadlineStatus.RIGHT_EXPIRED);
        assertThat(overview.list(null, false)).filteredOn(line -> line.number().equals(number)).singleElement()
                .satisfies(line -> assertThat(line.nextDeadline().obligation().name())
                        .isNotEqualTo("CANCELLATION_NOTICE"));
    }

    @Test
    void agreedDaysReplaceTheProposedOnes() {
        driver.agreeDates(Map.of("trainingDays", "W1: 2026-04-27, 2026-04-28, 2026-05-26"));

        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(contract.group("W1").trainingDates()).extracting(LocalDate::toString)
                .containsExactly("2026-04-27", "2026-04-28", "2026-05-26");
        assertThat(contract.group("L1").trainingDates()).extracting(LocalDate::toString)
                .containsExactly("2026-04-28", "2026-05-12");
        assertThat(driver.openTasks(SEND_MATERIALS)).hasSize(4);
        assertThat(driver.openTask(SEND_MATERIALS, "W1").getDueDate()).isEqualTo(at("2026-04-20T23:59:59"));
    }

    @Test
    void refusesAgreedDaysThatBreakTheScheduleAndChangesNothing() {
        Task task = driver.openTask(AGREE_TRAINING_DATES);

        assertThatThrownBy(() -> driver.complete(task, Map.of("trainingDays",
                "W1: 2026-04-20, 2026-04-22, 2026-06-24")))
                .isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("Group W1: days 1 and 2 of a workers' group are consecutive working days")
                .hasMessageContaining("all days of a group lie within six weeks")
                .hasMessageContaining("24.06.2026 is ").hasMessageContaining("a public holiday").hasMessageNotContaining("Group L1");

        assertThat(contracts.findByNumber(number).orElseThrow().group("W1").trainingDates())
                .extracting(LocalDate::toString).containsExactly("2026-04-20", "2026-04-21", "2026-05-25");
        assertThat(driver.lifecycle()).isWaitingAt(AGREE_TRAINING_DATES);
    }

    @Test
    void refusesUnreadableTrainingDays() {
        assertThatThrownBy(() -> driver.complete(AGREE_TRAINING_DATES, Map.of("trainingDays", "W1 2026-04-20")))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("no group code");
        assertThatThrownBy(() -> driver.complete(AGREE_TRAINING_DATES, Map.of("trainingDays", "W1: 20/04/2026")))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'20/04/2026' is not a date");
        assertThatThrownBy(() -> driver.complete(AGREE_TRAINING_DATES, Map.of("trainingDays", "X9: 2026-04-20")))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("unknown group X9");
    }

    @Test
    void returnedDatesGoBackToTheTrainers() {
        driver.complete(AGREE_TRAINING_DATES, Map.of("trainingDays", "W1: 2026-04-27, 2026-04-28, 2026-05-26"));
        assertThat(driver.openTasks()).extracting(Task::getTaskDefinitionKey).containsOnly(CONFIRM_TRAINING_DATES);
        assertThat((String) engine.getTaskService().getVariable(driver.openTask(CONFIRM_TRAINING_DATES).getId(),
                "proposedDays")).contains("**W1** (Tallinn): 27.04.2026, 28.04.2026, 26.05.2026 · 42 päeva / days away");

        assertThatThrownBy(() -> driver.complete(CONFIRM_TRAINING_DATES, Map.of("datesConfirmed", false)))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("(datesRemark) is required");
        driver.completeAs("mari", Roles.OFFICERS, driver.openTask(CONFIRM_TRAINING_DATES),
                Map.of("datesConfirmed", false, "datesRemark", "L1 Tartus ei sobi / L1 cannot be on 28 April"));

        Task again = driver.openTask(AGREE_TRAINING_DATES);
        assertThat(engine.getTaskService().getVariable(again.getId(), "datesRemark"))
                .isEqualTo("L1 Tartus ei sobi / L1 cannot be on 28 April");
        assertThat(statusOf("DATE_AGREEMENT")).isEqualTo(DeadlineStatus.OPEN);
        driver.complete(again, Map.of("trainingDays", "L1: 2026-04-29, 2026-05-13"));
        driver.completeAs("mari", Roles.OFFICERS, driver.openTask(CONFIRM_TRAINING_DATES),
                Map.of("datesConfirmed", true));

        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(contract.datesAgreedOn()).isEqualTo(TestContracts.SIGNED_ON);
        assertThat(contract.datesAgreedBy()).isEqualTo("mari");
        assertThat(contract.group("L1").trainingDates()).containsExactly(LocalDate.parse("2026-04-29"),
                LocalDate.parse("2026-05-13"));
        assertThat(driver.openTasks(SEND_MATERIALS)).hasSize(4);
        assertThat(statusOf("DATE_AGREEMENT")).isEqualTo(DeadlineStatus.DONE);
    }

    /** W1 starts on Monday 20 April 2026: on 10 April it is ten days away, inside the two weeks' notice. */
    @Test
    void confirmsASoonFirstDayOnlyWithAWaiver() {
        setClock(LocalDate.parse("2026-04-10"));
        driver.complete(AGREE_TRAINING_DATES, Map.of());
        // the agreement was due on 30 March: the officer is reminded, and the officers told, at once
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("Confirm training"))
                .extracting(mail -> mail.subject().substring(0, mail.subject().indexOf(" /")) + " " + mail.recipient())
                .contains("Meeldetuletus " + TestContracts.OFFICER_EMAIL, "Tähtaeg ületatud "
                        + TestContracts.OFFICER_EMAIL);

        assertThatThrownBy(() -> driver.complete(CONFIRM_TRAINING_DATES, Map.of("datesConfirmed", true)))
                .isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("cancellationRightWaived", "W1", "first day 2026-04-20, 10 days from 2026-04-10")
                .hasMessageNotContaining("W2");
        driver.complete(CONFIRM_TRAINING_DATES, Map.of("datesConfirmed", true, "cancellationRightWaived", true));

        assertThat(contracts.findByNumber(number).orElseThrow().cancellationRightWaived()).isTrue();
        assertThat(driver.openTasks(SEND_MATERIALS)).hasSize(4);
    }

    /** Registered on 6 April 2026, three weeks after signing: the date agreement was due on 30 March. */
    @Test
    void summarisesDeadlinesMissedBeforeRegistration() {
        setClock(LocalDateTime.parse("2026-04-06T10:00"));
        number = number + "-P";
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials)
                .register(TestContracts.reference(number));
        driver.runDueJobs();
        driver.deliverMail();

        assertThat(ReceivedMail.about(smtp, number)).singleElement().satisfies(summary -> {
            assertThat(summary.recipient()).isEqualTo(TestContracts.OFFICER_EMAIL);
            assertThat(summary.subject()).contains("Deadlines already passed", "(1)");
            assertThat(summary.body()).contains("registered on 2026-04-06", "Date agreement: 2026-03-30");
        });
        assertThat(statusOf("DATE_AGREEMENT")).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(driver.openTask(AGREE_TRAINING_DATES)).isNotNull();
    }

    /** W1's first day is Monday 20 April 2026; on the 21st it is past, and so is its place in any proposal. */
    @Test
    void refusesTrainingDaysBeforeTodayInTheAgreement() {
        setClock(LocalDate.parse("2026-04-21"));

        assertThatThrownBy(() -> driver.complete(AGREE_TRAINING_DATES, Map.of()))
                .isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("W1", "none before today 2026-04-21", "2026-04-20")
                .hasMessageNotContaining("L1:");
        driver.complete(AGREE_TRAINING_DATES, Map.of("trainingDays", "W1: 2026-05-04, 2026-05-05, 2026-06-01"));
        assertThat(driver.openTask(CONFIRM_TRAINING_DATES)).isNotNull();
    }

    /** Proposed on 16 March, confirmed only on 21 April: W1's first day, the 20th, has passed meanwhile. */
    @Test
    void confirmsNoDayThatPassedWhileTheProposalWaited() {
        driver.complete(AGREE_TRAINING_DATES, Map.of());
        setClock(LocalDate.parse("2026-04-21"));

        assertThatThrownBy(() -> driver.complete(CONFIRM_TRAINING_DATES, Map.of("datesConfirmed", true,
                "cancellationRightWaived", true)))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("none before today 2026-04-21",
                        "2026-04-20", "return the dates");
        assertThat(contracts.findByNumber(number).orElseThrow().datesAgreed()).isFalse();
    }

    @Test
    void refusesACompletionThatNamesATrainerOrAGroupTheTaskIsNotAbout() {
        assertThatThrownBy(() -> driver.complete(AGREE_TRAINING_DATES, Map.of("trainerIndex", 1)))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'trainerIndex' is set by Hankevoog");
        assertThatThrownBy(() -> driver.complete(AGREE_TRAINING_DATES, Map.of("groupCode", "W1")))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'groupCode' is set by Hankevoog");
        driver.agreeDates(Map.of());

        Task tiits = driver.openTasks(CONFIRM_JUHAN_PROFILE).stream()
                .filter(task -> task.getName().contains("Tiit Tamm")).findFirst().orElseThrow();
        assertThatThrownBy(() -> driver.complete(tiits, TaskValues.with(CONFIRM_JUHAN_PROFILE, "trainerIndex", 1)))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'trainerIndex' is set by Hankevoog");
    }

    @Test
    void closesAContractWhoseGroupsWereAllCancelled() {
        driver.agreeDates(Map.of());
        for (String key : List.of(CONFIRM_JUHAN_PROFILE, GIVE_CURRICULUM_INPUT, HOLD_CURRICULUM_MEETING,
                HOLD_PRE_MEETING)) {
            driver.openTasks(key).forEach(task -> driver.complete(task, TaskValues.valid(key)));
        }
        for (String group : List.of("W1", "L1", "W2", "L2")) {
            cancellation.cancel(number, group, "Liiga vähe osalejaid / too few registrants", 3, "officer");
        }

        // no training day is left to count from: the deletion is due 30 days from today
        assertThat(driver.openTask(DELETE_DIGITAL_MATERIAL).getDueDate()).isEqualTo(at("2026-04-15T23:59:59"));
        driver.complete(DELETE_DIGITAL_MATERIAL, TaskValues.valid(DELETE_DIGITAL_MATERIAL));
        driver.complete(CONFIRM_DELETION, TaskValues.valid(CONFIRM_DELETION));
        assertThat(contracts.findByNumber(number).orElseThrow().state()).isEqualTo(ContractState.CLOSED);
    }

    @Test
    void holdsAnotherCurriculumRoundUntilBothCurriculaAreApproved() {
        driver.agreeDates(Map.of());
        driver.complete(GIVE_CURRICULUM_INPUT, TaskValues.valid(GIVE_CURRICULUM_INPUT));
        driver.complete(HOLD_CURRICULUM_MEETING,
                TaskValues.with(HOLD_CURRICULUM_MEETING, "leadersCurriculumApproved", false));

        assertThat(driver.openTasks(GIVE_CURRICULUM_INPUT)).hasSize(1);
        driver.complete(GIVE_CURRICULUM_INPUT, TaskValues.valid(GIVE_CURRICULUM_INPUT));
        driver.complete(HOLD_CURRICULUM_MEETING, TaskValues.valid(HOLD_CURRICULUM_MEETING));

        assertThat(driver.openTasks(GIVE_CURRICULUM_INPUT)).isEmpty();
        assertThat(driver.openTasks(HOLD_CURRICULUM_MEETING)).isEmpty();
    }

    @Test
    void officerCanCallAnInterimMeetingAtAnyTime() {
        registration.callInterimMeeting(number);
        registration.callInterimMeeting(number);

        assertThat(driver.openTasks(RECORD_INTERIM_MEETING)).hasSize(2);
        assertThat(driver.openTask(AGREE_TRAINING_DATES)).isNotNull();
        driver.complete(driver.openTasks(RECORD_INTERIM_MEETING).get(0), TaskValues.valid(RECORD_INTERIM_MEETING));
        assertThat(driver.openTasks(RECORD_INTERIM_MEETING)).hasSize(1);
    }

    @Test
    void asksEveryRepeatedTaskForItsOwnValues() {
        registration.callInterimMeeting(number);
        driver.complete(RECORD_INTERIM_MEETING, TaskValues.valid(RECORD_INTERIM_MEETING));
        registration.callInterimMeeting(number);

        assertThatThrownBy(() -> driver.complete(RECORD_INTERIM_MEETING, Map.of()))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'meetingDate' is required");
        assertThat(engine.getTaskService().getVariables(driver.openTask(RECORD_INTERIM_MEETING).getId()))
                .as("the first meeting's values").doesNotContainKeys("minutes", "attendees", "meetingDate");
    }

    /** Materials per training: one delivery a group; per block: the workers' day 3 and the leaders' day 2 too. */
    @ParameterizedTest
    @CsvSource({"TRAINING, 4", "BLOCK, 8"})
    void runsTheReferenceContractFromSigningToClosing(MaterialsDue materialsDue, int deliveries) {
        if (materialsDue == MaterialsDue.BLOCK) {
            Contract perBlock = TestContracts.reference(number + "-B");
            perBlock.deliverMaterials(MaterialsDue.BLOCK);
            number = perBlock.number();
            driver = new ProcessDriver(engine, registration, outbox, sampleMaterials).register(perBlock);
        }
        int materialFiles = 2 * deliveries;
        driver.agreeDates(Map.of());
        assertThat(driver.openTasks()).extracting(Task::getTaskDefinitionKey).contains(CONFIRM_JUHAN_PROFILE,
                GIVE_CURRICULUM_INPUT, HOLD_PRE_MEETING, SEND_MATERIALS);
        assertThat(driver.openTask(HOLD_PRE_MEETING).getDueDate()).isEqualTo(at("2026-04-17T23:59:59"));
        assertThat(driver.openTasks(CONFIRM_JUHAN_PROFILE)).extracting(Task::getName, Task::getDueDate)
                .containsExactlyInAnyOrder(
                        tuple("Confirm trainer profile in JUHAN: Tiit Tamm – " + number, at("2026-04-17T23:59:59")),
                        tuple("Confirm trainer profile in JUHAN: Kati Kask – " + number, at("2026-04-17T23:59:59")));
        for (String key : List.of(CONFIRM_JUHAN_PROFILE, GIVE_CURRICULUM_INPUT, HOLD_CURRICULUM_MEETING,
                HOLD_PRE_MEETING)) {
            driver.openTasks(key).forEach(task -> driver.complete(task, TaskValues.valid(key)));
        }
        List<Task> materials = driver.openTasks(SEND_MATERIALS);
        assertThat(materials).hasSize(deliveries);
        materials.forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));
        // a delivery counts from its e-mail, which the outbox sends at once
        driver.deliverMail();

        int trainingDays = 0;
        boolean actReturned = false;
        while (driver.openTasks(DELETE_DIGITAL_MATERIAL).isEmpty() && driver.advanceToNextTimer().isPresent()) {
            for (Task day : driver.openTasks(RECORD_TRAINING_DAY)) {
                driver.complete(day, TaskValues.valid(RECORD_TRAINING_DAY));
                trainingDays++;
            }
            for (String key : List.of(PREPARE_HANDOVER_ACT, ACCEPT_HANDOVER_ACT, UPDATE_JUHAN_STATUSES,
                    COLLECT_FEEDBACK)) {
                for (Task task : driver.openTasks(key)) {
                    // the first act goes back once: its draft is the one superfluous file
                    boolean giveBack = key.equals(ACCEPT_HANDOVER_ACT) && !actReturned;
                    driver.complete(task, giveBack ? Map.of("handoverAccepted", false, "handoverRemarks",
                            "Allkirjad puudu / signatures missing") : TaskValues.valid(key));
                    actReturned |= giveBack;
                }
            }
        }
        assertThat(trainingDays).isEqualTo(10);
        assertThat(ProcessDriver.today()).isEqualTo("2026-11-16");

        Task deletion = driver.openTask(DELETE_DIGITAL_MATERIAL);
        // the last day is 16 November 2026: deletion is due on 16 December, reminded on the 14th, escalated on the 17th
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.lifecycle().getId())
                .timers().list()).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(at("2026-12-14T09:00"), at("2026-12-17T09:00"));
        assertThat((String) engine.getTaskService().getVariable(deletion.getId(), "storedDocuments"))
                .contains("Superfluous, confirming deletes** (1)", "draft act",
                        "Evidence, kept for the retention period** (" + (materialFiles + 8) + ")",
                        "slaidid-" + number + "-W1-1.pdf", "training material as delivered", "accepted act");
        // both deletion steps are late: the trainers are reminded and the officer told, then the officers
        setClock(LocalDateTime.parse("2026-12-17T09:00"));
        driver.runDueJobs();
        driver.complete(deletion, TaskValues.valid(DELETE_DIGITAL_MATERIAL));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("digital material"))
                .extracting(mail -> mail.subject().substring(0, mail.subject().indexOf(" /")) + " "
                        + mail.recipient())
                .contains("Meeldetuletus " + TestContracts.TRAINER_EMAIL, "Tähtaeg ületatud "
                        + TestContracts.OFFICER_EMAIL)
                .filteredOn(line -> line.endsWith(TestContracts.OFFICER_EMAIL)).hasSize(3);
        driver.complete(CONFIRM_DELETION, TaskValues.valid(CONFIRM_DELETION));

        // the returned draft goes; the evidence, delivered materials and accepted acts, stays as it was
        List<StoredDocument> stored = documents.ofContract(number);
        assertThat(stored).filteredOn(StoredDocument::isDeleted).singleElement().satisfies(draft -> {
            assertThat(draft.status()).isEqualTo(DocumentStatus.DELETED);
            assertThat(draft.kind()).isEqualTo(DocumentKind.HANDOVER_ACT);
            assertThatThrownBy(() -> documents.content(draft)).hasMessageContaining("was deleted");
        });
        // each group's act and its export for JUHAN, as it was when the act was accepted
        assertThat(stored).filteredOn(StoredDocument::mustBeKept).hasSize(materialFiles + 8)
                .allSatisfy(evidence -> assertThat(documents.content(evidence)).startsWith(
                        evidence.kind() == DocumentKind.JUHAN_EXPORT ? "\uFEFFRegistreeringu ID".getBytes(
                                StandardCharsets.UTF_8) : "%PDF".getBytes()));
        assertThat(deletedFiles()).hasSize(1).allSatisfy(details -> assertThat(details)
                .contains("\"sha256\"", "\"deletedBy\":\"system\"", "\"deletedAt\""));

        assertThat(driver.openTasks()).isEmpty();
        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(contract.state()).isEqualTo(ContractState.CLOSED);
        assertThat(contract.groups()).extracting(TrainingGroup::status).containsOnly(GroupStatus.COMPLETED);
        assertThat(deadlines.of(contract)).allSatisfy(state -> assertThat(state.status())
                .as(state.deadline().toString())
                .isEqualTo(switch (state.deadline().obligation()) {
                    case DIGITAL_MATERIAL_DELETION -> DeadlineStatus.DONE_LATE;
                    // no group was cancelled: every right to cancel expired unused
                    case CANCELLATION_NOTICE -> DeadlineStatus.RIGHT_EXPIRED;
                    default -> DeadlineStatus.DONE;
                }));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).finished().count()).isEqualTo(5);

        // closed in 2026, the evidence is kept until the end of 2031 (hankevoog.retention.evidence-years-after-closing)
        setClock(LocalDate.parse("2031-12-31"));
        assertThat(evidenceRetention.deleteExpiredEvidence()).isZero();
        setClock(LocalDate.parse("2032-01-01"));
        // other tests' contracts closed in 2026 too: their evidence goes the same night
        assertThat(evidenceRetention.deleteExpiredEvidence()).isGreaterThanOrEqualTo(materialFiles + 8);
        assertThat(documents.ofContract(number)).allSatisfy(document -> {
            assertThat(document.isDeleted()).isTrue();
            assertThatThrownBy(() -> documents.content(document)).hasMessageContaining("was deleted");
        });
        assertThat(deletedFiles()).hasSize(1 + materialFiles + 8).filteredOn(details -> details.contains(
                "\"deletedBy\":\"retention\"")).hasSize(materialFiles + 8);
    }

    @Autowired
    ContractOverview overview;

    @Autowired
    EvidenceRetention evidenceRetention;

    private List<String> deletedFiles() {
        return jdbc.queryForList("select details from audit_record where contract_number = ? and kind = ?",
                String.class, number, AuditKind.DOCUMENT_DELETED.name());
    }

    private DeadlineStatus statusOf(String obligation) {
        return deadlines.of(contracts.findByNumber(number).orElseThrow()).stream()
                .filter(state -> state.deadline().obligation().name().equals(obligation))
                .findFirst().orElseThrow().status();
    }

    static java.util.Date at(String localDateTime) {
        return java.util.Date.from(LocalDateTime.parse(localDateTime).atZone(ProcessDriver.TALLINN).toInstant());
    }
}
