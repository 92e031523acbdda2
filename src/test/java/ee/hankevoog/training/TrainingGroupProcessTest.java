package ee.hankevoog.training;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.TaskValues;
import ee.hankevoog.TestContracts;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.GroupCancellation;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.taskform.CompletionRefused;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HankevoogTest
class TrainingGroupProcessTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingDays workingDays;
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
    JdbcTemplate jdbc;
    @Autowired
    GroupCancellation cancellation;

    ProcessDriver driver;
    String number;

    @BeforeEach
    void agreeDatesOfTheReferenceContract(TestInfo test) {
        setClock(TestContracts.SIGNED_ON);
        number = "TG-" + test.getTestMethod().orElseThrow().getName();
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials).register(TestContracts.reference(number));
        driver.agreeDates(Map.of());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** W1 starts on 20 April 2026 and L1 on 28 April: their rights to cancel end with 6 and 14 April. */
    @Test
    void recordsThatTheRightToCancelExpiredUnused() {
        cancellation.cancel(number, "L1", "Liiga vähe registreerunuid / too few registrants", 4, "officer");

        setClock(LocalDateTime.parse("2026-04-15T09:00"));
        driver.runDueJobs();

        assertThat(jdbc.queryForList("select group_code || ' by ' || actor || ': ' || summary from audit_record"
                + " where contract_number = ? and kind = 'CANCELLATION_RIGHT_EXPIRED'", String.class, number))
                .singleElement().asString().contains("W1 by system", "expired unused on 2026-04-06",
                        "first training day 2026-04-20");
    }

    @Test
    void asksForMaterialsOnceFiveWorkingDaysAhead() {

        assertThat(driver.openTasks(SEND_MATERIALS, "W1")).extracting(Task::getDueDate)
                .containsExactly(ProcessDriver.endOf("2026-04-13"));
        assertThat(materialsStatus(null)).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void asksForEachBlocksMaterialsWhereAgreed() {
        Contract perBlock = TestContracts.reference(number + "-B");
        perBlock.deliverMaterials(MaterialsDue.BLOCK);
        number = perBlock.number();
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials).register(perBlock);
        driver.agreeDates(Map.of());

        List<Task> blocks = driver.openTasks(SEND_MATERIALS, "W1");
        assertThat(blocks).extracting(Task::getDueDate)
                .containsExactlyInAnyOrder(ProcessDriver.endOf("2026-04-13"), ProcessDriver.endOf("2026-05-18"));
        Task first = blocks.stream().filter(task -> task.getDueDate().equals(ProcessDriver.endOf("2026-04-13"))).findFirst()
                .orElseThrow();
        driver.complete(first, TaskValues.valid(SEND_MATERIALS));

        assertThat(driver.openTasks(SEND_MATERIALS, "W1")).extracting(Task::getDueDate)
                .containsExactly(ProcessDriver.endOf("2026-05-18"));
        assertThat(materialsStatus(0)).isEqualTo(DeadlineStatus.DONE);
        assertThat(materialsStatus(1)).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void remindsTrainersAndThenTellsTheOfficerWhenMaterialsAreLate() {

        setClock(LocalDateTime.parse("2026-04-11T09:00"));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("materials"))
                .hasSize(2).allSatisfy(mail -> {
            assertThat(mail.subject()).contains("Reminder", "Send training materials to the contact person",
                    "group W1", "2026-04-13");
            assertThat(mail.body()).contains("Koolitusmaterjalide saatmine kontaktisikule");
        });

        setClock(LocalDateTime.parse("2026-04-14T09:00"));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("Overdue"))
                .singleElement().extracting(ReceivedMail::recipient).isEqualTo(TestContracts.OFFICER_EMAIL);
        assertThat(driver.openTasks(SEND_MATERIALS, "W1")).hasSize(1);
        assertThat(materialsStatus(null)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void sendsNoReminderForMaterialsAlreadyDelivered() {
        driver.openTasks(SEND_MATERIALS).forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));
        // the outbox sends them at once: a delivery counts from when its e-mail went
        driver.deliverMail();

        setClock(LocalDateTime.parse("2026-04-14T09:00"));
        driver.runDueJobs();
        driver.deliverMail();

        assertThat(ReceivedMail.about(smtp, number)).extracting(ReceivedMail::subject)
                .filteredOn(subject -> subject.contains("Send training materials")).isEmpty();
        assertThat(materialsStatus(null)).isEqualTo(DeadlineStatus.DONE);
    }

    @Test
    void completesMaterialsOnlyWithTheirDelivery() {
        Task block = driver.openTasks(SEND_MATERIALS).get(0);

        assertThatThrownBy(() -> engine.getTaskService().complete(block.getId(), TaskValues.valid(SEND_MATERIALS)))
                .isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("not been delivered through Hankevoog")
                .hasMessageContaining("/materials/" + block.getId());
        assertThat(driver.openTasks(SEND_MATERIALS)).extracting(Task::getId).contains(block.getId());
    }

    @Test
    void waitsForEachTrainingDayBeforeItCanBeRecorded() {
        setClock(LocalDateTime.parse("2026-04-20T07:59"));
        driver.runDueJobs();
        assertThat(driver.openTasks(RECORD_TRAINING_DAY)).isEmpty();

        setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();

        assertThat(driver.openTask(RECORD_TRAINING_DAY).getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-20"));
    }

    /** W1's first day, Monday 20 April 2026, is lost to illness: an officer moves it to Wednesday 22 April. */
    @Test
    void givesADayNotHeldANewDateAndWaitsForIt() {
        driver.openTasks(SEND_MATERIALS, "W1").forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));
        driver.deliverMail();
        setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();
        Task day = driver.openTask(RECORD_TRAINING_DAY, "W1");

        assertThatThrownBy(() -> driver.complete(day, Map.of("dayNotHeld", true)))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("(notHeldReason) is required");
        driver.complete(day, Map.of("dayNotHeld", true, "notHeldReason", "Koolitaja haige / trainer ill"));
        assertThat(contracts.findByNumber(number).orElseThrow().group("W1").days().get(0).held()).isFalse();

        Task move = driver.openTask(MOVE_DAY_NOT_HELD, "W1");
        assertThat(engine.getTaskService().getVariable(move.getId(), "notHeldDay")).isEqualTo("20.04.2026");
        assertThatThrownBy(() -> driver.complete(move, Map.of("newDay", "2026-04-25", "reason", "haige / ill")))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("weekends");
        driver.complete(move, Map.of("newDay", "2026-04-22", "reason", "Koolitaja haige / trainer ill"));

        assertThat(contracts.findByNumber(number).orElseThrow().group("W1").trainingDates())
                .extracting(LocalDate::toString).containsExactly("2026-04-21", "2026-04-22", "2026-05-25");
        assertThat(driver.openTasks(RECORD_TRAINING_DAY, "W1")).isEmpty();
        setClock(LocalDateTime.parse("2026-04-21T08:00"));
        driver.runDueJobs();
        assertThat(driver.openTask(RECORD_TRAINING_DAY, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-21"));
        driver.complete(driver.openTask(RECORD_TRAINING_DAY, "W1"), TaskValues.valid(RECORD_TRAINING_DAY));
        setClock(LocalDateTime.parse("2026-04-22T08:00"));
        driver.runDueJobs();
        assertThat(driver.openTask(RECORD_TRAINING_DAY, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-22"));
        assertThat(driver.openTasks(SEND_MATERIALS, "W1")).as("delivered materials stay delivered").isEmpty();
        assertThat(jdbc.queryForList("select actor || ': ' || summary from audit_record where contract_number = ?"
                + " and kind = 'CONTRACT_AMENDED'", String.class, number)).singleElement().asString()
                .contains("2026-04-20, 2026-04-21, 2026-05-25 → 2026-04-21, 2026-04-22, 2026-05-25", "trainer ill");
    }

    @Test
    void refusesATrainingDayRecordThatBreaksTheContract() {
        setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();
        Task day = driver.openTask(RECORD_TRAINING_DAY);

        assertThatThrownBy(() -> driver.complete(day, TaskValues.with(RECORD_TRAINING_DAY, "participantsPresent", 16L)))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("at most 15 participants, got 16");
        assertThatThrownBy(() -> driver.complete(day,
                TaskValues.with(RECORD_TRAINING_DAY, "confidentialityAgreementsSigned", false)))
                .hasMessageContaining("(confidentialityAgreementsSigned) must be confirmed");
        assertThatThrownBy(() -> driver.complete(day, TaskValues.with(RECORD_TRAINING_DAY, "notesDestroyed", false)))
                .hasMessageContaining("(notesDestroyed) must be confirmed");
        assertThatThrownBy(() -> driver.complete(day, TaskValues.with(RECORD_TRAINING_DAY, "recordingMade", true)))
                .hasMessageContaining("(recordingPermitted) is required when");

        Map<String, Object> permittedRecording = TaskValues.with(RECORD_TRAINING_DAY, "recordingMade", true);
        permittedRecording.put("recordingPermitted", true);
        driver.complete(day, permittedRecording);
        assertThat(driver.openTasks(RECORD_TRAINING_DAY)).isEmpty();
    }

    @Test
    void refusesFreeTextThatCarriesAPersonalIdentificationCode() {
        Task task = driver.openTask(GIVE_CURRICULUM_INPUT);

        assertThatThrownBy(() -> driver.complete(task,
                Map.of("curriculumInput", "Juhtum: laps 60001019906, kodus vägivald")))
                .isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("contains an Estonian personal identification code")
                .hasMessageNotContaining("60001019906");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName("curriculumInput").list()).noneMatch(v -> String.valueOf(v.getValue())
                .contains("60001019906"));
    }

    @Test
    void refusesACompletionThatWouldMoveTheTaskToAnotherGroup() {
        Task day = firstDayOfW1();
        Map<String, Object> otherGroup = dayRecordNaming("L2");

        assertThatThrownBy(() -> driver.complete(day, otherGroup))
                .isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("'groupCode' is set by Hankevoog and cannot be given");
        assertThat(engine.getTaskService().getVariable(day.getId(), "groupCode")).isEqualTo("W1");
    }

    @Test
    void refusesAGroupWrittenPastTheCopyATaskOfAnEarlierVersionKeeps() {
        Task day = firstDayOfW1();
        // as Hankevoog before 2026-12 copied it onto each task; a completion writes past it, to the process
        engine.getTaskService().setVariableLocal(day.getId(), "groupCode", "W1");
        Map<String, Object> otherGroup = dayRecordNaming("L2");

        assertThatThrownBy(() -> engine.getTaskService().complete(day.getId(), otherGroup))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'groupCode' is set by Hankevoog");
        assertThat(engine.getRuntimeService().getVariable(day.getProcessInstanceId(), "groupCode")).isEqualTo("W1");
    }

    @Test
    void refusesEvenTheTasksOwnGroupSentBack() {
        Task day = firstDayOfW1();
        Map<String, Object> sameGroup = dayRecordNaming("W1");

        assertThatThrownBy(() -> driver.complete(day, sameGroup))
                .isInstanceOf(CompletionRefused.class).hasMessageContaining("'groupCode' is set by Hankevoog");
        driver.complete(day, TaskValues.valid(RECORD_TRAINING_DAY));

        assertThat(engine.getTaskService().createTaskQuery().taskId(day.getId()).count()).isZero();
    }

    private Task firstDayOfW1() {
        setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();
        return driver.openTask(RECORD_TRAINING_DAY, "W1");
    }

    private static Map<String, Object> dayRecordNaming(String group) {
        Map<String, Object> record = TaskValues.valid(RECORD_TRAINING_DAY);
        record.put("groupCode", group);
        return record;
    }

    @Test
    void sendsAReturnedHandoverActBackToTheTrainer() {
        finishTrainingOf("L1");

        driver.complete(PREPARE_HANDOVER_ACT, TaskValues.valid(PREPARE_HANDOVER_ACT));
        assertThatThrownBy(() -> driver.complete(ACCEPT_HANDOVER_ACT, Map.of("handoverAccepted", false)))
                .hasMessageContaining("(handoverRemarks) is required when 'Akt on vastu võetud / Act accepted' (handoverAccepted) is false");
        driver.complete(ACCEPT_HANDOVER_ACT, Map.of("handoverAccepted", false,
                "handoverRemarks", "Osalejate nimekiri puudu / list of participants missing"));

        assertThat(driver.openTasks(PREPARE_HANDOVER_ACT)).hasSize(1);
        assertThat(handoverStatus()).isNotEqualTo(DeadlineStatus.DONE);
        driver.complete(PREPARE_HANDOVER_ACT, TaskValues.valid(PREPARE_HANDOVER_ACT));
        driver.complete(ACCEPT_HANDOVER_ACT, TaskValues.valid(ACCEPT_HANDOVER_ACT));
        assertThat(handoverStatus()).isEqualTo(DeadlineStatus.DONE);
        assertThat(driver.openTask(COLLECT_FEEDBACK).getDueDate()).isEqualTo(ProcessDriver.endOf("2026-05-26"));
    }

    @Test
    void asksForFeedbackRightAfterTheLastTrainingDayBesideTheAct() {
        finishTrainingOf("L1");

        assertThat(driver.openTasks()).extracting(Task::getTaskDefinitionKey)
                .contains(PREPARE_HANDOVER_ACT, COLLECT_FEEDBACK);
        driver.complete(COLLECT_FEEDBACK, TaskValues.valid(COLLECT_FEEDBACK));
        assertThat(groupInstance("L1").getEndTime()).as("the act is not accepted yet").isNull();

        driver.complete(PREPARE_HANDOVER_ACT, TaskValues.valid(PREPARE_HANDOVER_ACT));
        driver.complete(ACCEPT_HANDOVER_ACT, TaskValues.valid(ACCEPT_HANDOVER_ACT));
        assertThat(groupInstance("L1").getEndTime()).as("the statuses are not in JUHAN yet").isNull();

        Task juhan = driver.openTask(UPDATE_JUHAN_STATUSES);
        assertThat(juhan.getDueDate()).as("a working week after the act is accepted")
                .isEqualTo(ProcessDriver.endOf(workingWeekAfter(ClockUtil.getCurrentTime())));
        assertThat(engine.getTaskService().getIdentityLinksForTask(juhan.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("officers");
        assertThat((String) engine.getTaskService().getVariable(juhan.getId(), "juhanExportLink"))
                .matches(".*/documents/\\d+");
        // forgotten: the officer is reminded before the due day and the officers told after it, like any deadline
        ProcessDriver.setClock(juhan.getDueDate().toInstant().atZone(ProcessDriver.TALLINN).toLocalDate().plusDays(2).atTime(9, 0));
        driver.runDueJobs();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("group L1"))
                .filteredOn(mail -> task(mail).equals("Update statuses in JUHAN"))
                .extracting(mail -> mail.subject().substring(0, mail.subject().indexOf(" /")) + " " + mail.recipient())
                .contains("Meeldetuletus " + TestContracts.OFFICER_EMAIL, "Tähtaeg ületatud "
                        + TestContracts.OFFICER_EMAIL);
        driver.complete(UPDATE_JUHAN_STATUSES, TaskValues.valid(UPDATE_JUHAN_STATUSES));
        assertThat(groupInstance("L1").getEndTime()).isNotNull();
    }

    private String workingWeekAfter(Date now) {
        LocalDate day = now.toInstant().atZone(ZoneId.of("Europe/Tallinn")).toLocalDate();
        for (int i = 0; i < 5; i++) {
            do {
                day = day.plusDays(1);
            } while (!workingDays.isWorkingDay(day));
        }
        return day.toString();
    }

    /** L1's last day is 12 May 2026: the act is due on 22 May, feedback on 26 May. */
    @Test
    void remindsAndEscalatesTheActAndTheFeedbackAsEveryOtherDeadline() {
        finishTrainingOf("L1");

        setClock(LocalDateTime.parse("2026-05-20T09:00"));
        driver.runDueJobs();
        setClock(LocalDateTime.parse("2026-05-23T09:00"));
        driver.runDueJobs();
        // prepared a day late: the officer's acceptance is due already, and overdue
        driver.complete(PREPARE_HANDOVER_ACT, TaskValues.valid(PREPARE_HANDOVER_ACT));
        driver.runDueJobs();
        setClock(LocalDateTime.parse("2026-05-27T09:00"));
        driver.runDueJobs();
        driver.deliverMail();

        List<ReceivedMail> mails = ReceivedMail.about(smtp, number).stream()
                .filter(mail -> mail.subject().contains("group L1")).toList();
        assertThat(mails).filteredOn(mail -> mail.subject().startsWith("Meeldetuletus"))
                .extracting(mail -> task(mail) + " → " + mail.recipient())
                .containsExactlyInAnyOrder("Prepare handover-acceptance act → " + TestContracts.TRAINER_EMAIL,
                        "Prepare handover-acceptance act → kati@example.ee",
                        "Accept handover act → " + TestContracts.OFFICER_EMAIL,
                        "Collect participant feedback → " + TestContracts.OFFICER_EMAIL);
        assertThat(mails).filteredOn(mail -> mail.subject().startsWith("Tähtaeg ületatud"))
                .filteredOn(mail -> mail.recipient().equals(TestContracts.OFFICER_EMAIL))
                .extracting(mail -> task(mail) + ": " + mail.body().lines().filter(line -> line.startsWith("The "))
                        .findFirst().orElseThrow().replaceAll(" \"[^\"]*\"", ""))
                .containsExactlyInAnyOrder(
                        "Prepare handover-acceptance act: The contractor has not completed, due 2026-05-22. The task is"
                                + " still open.",
                        "Accept handover act: The customer's step, due 2026-05-22, is not done. The task is still"
                                + " open; a colleague can take it over in Tasklist.",
                        "Collect participant feedback: The customer's step, due 2026-05-26, is not done. The task is"
                                + " still open; a colleague can take it over in Tasklist.");
    }

    private static String task(ReceivedMail mail) {
        return mail.subject().replaceAll(".*(Reminder|Overdue): (.*?) – .*", "$2");
    }

    @Test
    void refusesMoreHoursThanTheGroupHas() {
        finishTrainingOf("L1");

        assertThatThrownBy(() -> driver.complete(PREPARE_HANDOVER_ACT,
                TaskValues.with(PREPARE_HANDOVER_ACT, "hoursDelivered", 14L)))
                .hasMessageContaining("the days held give 13 of group L1's 13 academic hours, got 14");
    }

    /** The other groups cancelled, so that each step's open task is this group's. */
    private void finishTrainingOf(String group) {
        List.of("W1", "L1", "W2", "L2").stream().filter(other -> !other.equals(group)).forEach(other ->
                cancellation.cancel(number, other, "Ainult " + group + " / only " + group, 3, "officer"));
        driver.openTasks(SEND_MATERIALS).forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));
        for (int day = 0; day < 2; day++) {
            driver.advanceUntilOpen(RECORD_TRAINING_DAY);
            driver.complete(RECORD_TRAINING_DAY, TaskValues.valid(RECORD_TRAINING_DAY));
        }
    }

    private HistoricProcessInstance groupInstance(String group) {
        List<HistoricProcessInstance> groups = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).processDefinitionKey("TrainingGroup").list();
        return groups.stream().filter(instance -> engine.getHistoryService()
                        .createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                        .variableName("groupCode").list().stream().anyMatch(v -> group.equals(v.getValue())))
                .findFirst().orElseThrow();
    }

    /** @param block the block's index where materials are due per block; null for the training's one deadline */
    private DeadlineStatus materialsStatus(Integer block) {
        return deadlines.of(contracts.findByNumber(number).orElseThrow()).stream()
                .filter(s -> s.deadline().obligation() == Obligation.MATERIALS && "W1".equals(s.deadline().group())
                        && Objects.equals(block, s.deadline().itemIndex()))
                .findFirst().orElseThrow().status();
    }

    private DeadlineStatus handoverStatus() {
        return deadlines.of(contracts.findByNumber(number).orElseThrow()).stream()
                .filter(s -> "L1".equals(s.deadline().group())
                        && s.deadline().obligation().name().equals("HANDOVER_ACT"))
                .findFirst().orElseThrow().status();
    }

}
