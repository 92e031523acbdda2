package ee.hankevoog.contract;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.DocumentStatus;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.GroupStatus;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

    @Test
    void aCancellationRightNotUsedExpiresInsteadOfFallingOverdue() {
        driver.complete(AGREE_TRAINING_DATES, Map.of());
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
        driver.complete(AGREE_TRAINING_DATES, Map.of("trainingDays", "W1: 2026-04-27, 2026-04-28, 2026-05-26"));

        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(contract.group("W1").trainingDates()).extracting(LocalDate::toString)
                .containsExactly("2026-04-27", "2026-04-28", "2026-05-26");
        assertThat(contract.group("L1").trainingDates()).extracting(LocalDate::toString)
                .containsExactly("2026-04-28", "2026-05-12");
        assertThat(driver.openTasks(CONFIRM_ENROLMENT)).hasSize(4);
        assertThat(driver.openTask(CONFIRM_ENROLMENT, "W1").getDueDate()).isEqualTo(at("2026-04-13T23:59:59"));
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
    void holdsAnotherCurriculumRoundUntilBothCurriculaAreApproved() {
        driver.complete(AGREE_TRAINING_DATES, Map.of());
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
                .containsEntry("minutes", null);
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
        driver.complete(AGREE_TRAINING_DATES, Map.of());
        assertThat(driver.openTasks()).extracting(Task::getTaskDefinitionKey).contains(CONFIRM_JUHAN_PROFILE,
                GIVE_CURRICULUM_INPUT, HOLD_PRE_MEETING, CONFIRM_ENROLMENT);
        assertThat(driver.openTask(HOLD_PRE_MEETING).getDueDate()).isEqualTo(at("2026-04-17T23:59:59"));
        for (String key : List.of(CONFIRM_JUHAN_PROFILE, GIVE_CURRICULUM_INPUT, HOLD_CURRICULUM_MEETING,
                HOLD_PRE_MEETING)) {
            driver.complete(key, TaskValues.valid(key));
        }
        for (Task enrolment : driver.openTasks(CONFIRM_ENROLMENT)) {
            driver.complete(enrolment, TaskValues.valid(CONFIRM_ENROLMENT));
        }
        List<Task> materials = driver.openTasks(SEND_MATERIALS);
        assertThat(materials).hasSize(deliveries);
        materials.forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));

        int trainingDays = 0;
        while (driver.advanceToNextTimer().isPresent()) {
            for (Task day : driver.openTasks(RECORD_TRAINING_DAY)) {
                driver.complete(day, TaskValues.valid(RECORD_TRAINING_DAY));
                trainingDays++;
            }
            for (String key : List.of(PREPARE_HANDOVER_ACT, ACCEPT_HANDOVER_ACT, COLLECT_FEEDBACK)) {
                driver.openTasks(key).forEach(task -> driver.complete(task, TaskValues.valid(key)));
            }
        }
        assertThat(trainingDays).isEqualTo(10);
        assertThat(ProcessDriver.today()).isEqualTo("2026-11-16");

        Task deletion = driver.openTask(DELETE_DIGITAL_MATERIAL);
        assertThat((String) engine.getTaskService().getVariable(deletion.getId(), "storedDocuments"))
                .contains("Confirming deletes** (" + materialFiles + ")", "Kept as the contract requires** (4)",
                        "slaidid-" + number + "-W1-1.pdf", "accepted act");
        driver.complete(deletion, TaskValues.valid(DELETE_DIGITAL_MATERIAL));
        driver.complete(CONFIRM_DELETION, TaskValues.valid(CONFIRM_DELETION));

        List<StoredDocument> stored = documents.ofContract(number);
        assertThat(stored).filteredOn(document -> document.kind() == DocumentKind.MATERIAL).hasSize(materialFiles)
                .allSatisfy(material -> {
                    assertThat(material.status()).isEqualTo(DocumentStatus.DELETED);
                    assertThat(material.deletedAt()).isNotNull();
                    assertThatThrownBy(() -> documents.content(material)).hasMessageContaining("was deleted");
                });
        assertThat(stored).filteredOn(StoredDocument::mustBeKept).hasSize(4)
                .allSatisfy(act -> assertThat(documents.content(act)).startsWith("%PDF".getBytes()));
        assertThat(jdbc.queryForList("select details from audit_record where contract_number = ? and kind = ?",
                String.class, number, AuditKind.DOCUMENT_DELETED.name())).hasSize(materialFiles)
                .allSatisfy(details -> assertThat(details).contains("\"sha256\"", "\"deletedBy\"", "\"deletedAt\""));

        assertThat(driver.openTasks()).isEmpty();
        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(contract.state()).isEqualTo(ContractState.CLOSED);
        assertThat(contract.groups()).extracting(TrainingGroup::status).containsOnly(GroupStatus.COMPLETED);
        assertThat(deadlines.of(contract)).extracting(DeadlineBoard.DeadlineState::status)
                .containsOnly(DeadlineStatus.DONE);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).finished().count()).isEqualTo(5);
    }

    @Autowired
    ContractOverview overview;

    private DeadlineStatus statusOf(String obligation) {
        return deadlines.of(contracts.findByNumber(number).orElseThrow()).stream()
                .filter(state -> state.deadline().obligation().name().equals(obligation))
                .findFirst().orElseThrow().status();
    }

    static java.util.Date at(String localDateTime) {
        return java.util.Date.from(LocalDateTime.parse(localDateTime).atZone(ProcessDriver.TALLINN).toInstant());
    }
}
