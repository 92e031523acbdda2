package ee.hankevoog.contract.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.process.ContractProcess.Task.AGREE_TRAINING_DATES;
import static ee.hankevoog.process.ContractProcess.Task.RECORD_TRAINING_DAY;
import static ee.hankevoog.process.ContractProcess.Task.SEND_MATERIALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.TaskValues;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.ical.DeadlineCalendar;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer moves a group's days: W1 of ContractJson.valid trains on 20 and 21 April and 25 May 2026, a workers'
 * group of three days; L1 on 28 April and 12 May.
 */
@HankevoogTest
class GroupReschedulingApiTest {

    private static final String W1_MOVED = """
            {"days": ["2026-05-04", "2026-05-05", "2026-06-01"], "reason": "Koolitaja haige / trainer ill"}""";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    DeadlineCalendar calendar;
    @Autowired
    ContractLookup contracts;
    @Autowired
    SampleMaterials sampleMaterials;

    String number;
    ProcessDriver driver;

    @BeforeEach
    void contractSignedOn16March() {
        number = ApiClient.registerContract(identity, port, "RS");
        driver = new ProcessDriver(engine, null, outbox, sampleMaterials).follow(number);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void movesARunningGroupsDueDatesAndTimersToTheNewDaysAndTellsEveryone() {
        driver.agreeDates(Map.of());
        String feedBefore = feed();
        Task materialsBefore = driver.openTask(SEND_MATERIALS, "W1");
        assertThat(materialsBefore.getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-13"));

        Response moved = officer().put(days("W1"), W1_MOVED);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(group(moved.json(), "W1").get("days")).extracting(JsonNode::asText)
                .containsExactly("2026-05-04", "2026-05-05", "2026-06-01");
        assertThat(moved.json().get("revision").asInt()).isEqualTo(1);
        // five working days before Monday 4 May, May Day a holiday: Friday 24 April
        assertThat(driver.openTask(SEND_MATERIALS, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-24"));
        assertThat(driver.openTask(SEND_MATERIALS, "L1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-21"));

        ProcessDriver.setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();
        assertThat(driver.openTasks(RECORD_TRAINING_DAY)).as("the old first day passes unnoticed").isEmpty();
        ProcessDriver.setClock(LocalDateTime.parse("2026-05-04T08:00"));
        driver.runDueJobs();
        assertThat(driver.openTask(RECORD_TRAINING_DAY, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-05-04"));

        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("Contract changed"))
                .extracting(ReceivedMail::recipient).containsExactlyInAnyOrder("tiit@example.ee", "mari@example.ee");
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("Contract changed"))
                .allSatisfy(mail -> assertThat(mail.body()).contains("2026-04-20, 2026-04-21, 2026-05-25",
                        "2026-05-04, 2026-05-05, 2026-06-01", "trainer ill", OFFICER));
        assertThat(history()).filteredOn(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("actor").asText()).isEqualTo(OFFICER);
                    assertThat(entry.get("group").asText()).isEqualTo("W1");
                    assertThat(entry.at("/details/before").asText()).isEqualTo("2026-04-20, 2026-04-21, 2026-05-25");
                    assertThat(entry.at("/details/after").asText()).isEqualTo("2026-05-04, 2026-05-05, 2026-06-01");
                    assertThat(entry.at("/details/reason").asText()).isEqualTo("Koolitaja haige / trainer ill");
                });
        // the calendar keeps each deadline's event and raises its SEQUENCE, so subscribers move it
        String uid = "UID:" + number + "-MATERIALS-W1@hankevoog";
        assertThat(eventOf(feedBefore, uid)).contains("SEQUENCE:0", "DTSTART;VALUE=DATE:20260413");
        assertThat(eventOf(feed(), uid)).contains("SEQUENCE:1", "DTSTART;VALUE=DATE:20260424");
    }

    @Test
    void changesTheProposalBeforeTheDatesAreAgreed() {
        Response moved = officer().put(days("L1"), """
                {"days": ["2026-05-05", "2026-05-19"], "reason": "Ruum pole vaba / the room is taken"}""");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(engine.getTaskService().getVariable(driver.openTask(AGREE_TRAINING_DATES).getId(), "proposedDays"))
                .asString().contains("05.05.2026, 19.05.2026");
        driver.agreeDates(Map.of());
        assertThat(driver.openTask(SEND_MATERIALS, "L1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-27"));
    }

    @Test
    void refusesDaysThatBreakTheRulesListingEachAndChangesNothing() {
        driver.agreeDates(Map.of());

        Response refused = officer().put(days("W1"), """
                {"days": ["2026-04-25", "2026-04-28", "2026-06-30"], "reason": "moved"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("rule").asText())
                .anySatisfy(rule -> assertThat(rule).contains("weekends"))
                .anySatisfy(rule -> assertThat(rule).contains("consecutive"))
                .anySatisfy(rule -> assertThat(rule).contains("six weeks"));
        assertThat(group(officer().get("/api/contracts/" + number).json(), "W1").get("days"))
                .extracting(JsonNode::asText).containsExactly("2026-04-20", "2026-04-21", "2026-05-25");
        assertThat(driver.openTask(SEND_MATERIALS, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-13"));
    }

    @Test
    void exceedsSixWeeksOnlyAsAConfirmedExceptionAndRecordsIt() {
        driver.agreeDates(Map.of());
        String beyond = """
                {"days": ["2026-04-20", "2026-04-21", "2026-06-08"], "reason": "Tellija soov / the customer asked"%s}""";

        assertThat(officer().put(days("W1"), beyond.formatted("")).status()).isEqualTo(400);
        Response confirmed = officer().put(days("W1"), beyond.formatted(", \"exceptionConfirmed\": true"));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(history()).filteredOn(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"))
                .singleElement().satisfies(entry -> assertThat(entry.at("/details/exception").asText())
                        .contains("beyond six weeks"));
    }

    @Test
    void keepsHeldDaysAndRefusesToMoveThem() {
        driver.agreeDates(Map.of());
        driver.openTasks(SEND_MATERIALS).forEach(task -> driver.complete(task, TaskValues.valid(SEND_MATERIALS)));
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();
        driver.complete(driver.openTask(RECORD_TRAINING_DAY, "W1"), TaskValues.valid(RECORD_TRAINING_DAY));

        Response heldMoved = officer().put(days("W1"), W1_MOVED);
        assertThat(heldMoved.status()).isEqualTo(409);
        assertThat(heldMoved.json().get("detail").asText()).contains("2026-04-20");

        // the second day's task is still open the morning after: that day stays, though it has passed
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-21T08:00"));
        driver.runDueJobs();
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-22T08:00"));
        Response restMoved = officer().put(days("W1"), """
                {"days": ["2026-04-20", "2026-04-21", "2026-05-26"], "reason": "Ruum pole vaba / the room is taken"}""");
        assertThat(restMoved.status()).as(restMoved.body()).isEqualTo(200);
        assertThat(group(restMoved.json(), "W1").get("daysHeld")).extracting(JsonNode::asText)
                .containsExactly("2026-04-20");
        driver.runDueJobs();
        assertThat(driver.openTask(RECORD_TRAINING_DAY, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-21"));
        assertThat(driver.openTasks(SEND_MATERIALS)).as("delivered materials stay delivered").isEmpty();

        // trained and delivered, the group's days and materials no longer change
        driver.complete(driver.openTask(RECORD_TRAINING_DAY, "W1"), TaskValues.valid(RECORD_TRAINING_DAY));
        ProcessDriver.setClock(LocalDateTime.parse("2026-05-26T08:00"));
        driver.runDueJobs();
        driver.complete(driver.openTask(RECORD_TRAINING_DAY, "W1"), TaskValues.valid(RECORD_TRAINING_DAY));
        Response over = officer().put(days("W1"), """
                {"days": ["2026-04-20", "2026-04-21", "2026-05-26"], "reason": "again", "materialsAgain": true}""");
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.json().get("detail").asText()).contains("no longer change");
        assertThat(officer().get("/api/contracts/" + number + "/materials").json())
                .allSatisfy(delivery -> assertThat(delivery.get("requestedAgainOn").isNull()).isTrue());
    }

    @Test
    void asksForTheMaterialsAgainWhenTheOfficerSaysSo() {
        driver.agreeDates(Map.of());
        driver.complete(driver.openTask(SEND_MATERIALS, "W1"), TaskValues.valid(SEND_MATERIALS));
        driver.deliverMail();
        assertThat(driver.openTasks(SEND_MATERIALS, "W1")).isEmpty();

        Response moved = officer().put(days("W1"), """
                {"days": ["2026-05-04", "2026-05-05", "2026-06-01"], "reason": "Uus kava / a new curriculum",
                 "materialsAgain": true}""");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(driver.openTask(SEND_MATERIALS, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-24"));
        assertThat(officer().get("/api/contracts/" + number + "/materials").json())
                .singleElement().satisfies(earlier -> assertThat(earlier.get("requestedAgainOn").asText())
                        .isEqualTo("2026-03-16"));
        assertThat(officer().get("/api/contracts/" + number + "/deadlines").json()).filteredOn(deadline ->
                        deadline.get("obligation").asText().equals("MATERIALS")
                                && deadline.get("group").asText().equals("W1"))
                .singleElement().satisfies(deadline -> assertThat(deadline.get("status").asText()).isEqualTo("OPEN"));
        assertThat(history()).filteredOn(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"))
                .singleElement().satisfies(entry -> assertThat(entry.at("/details/what").asText())
                        .isEqualTo("training days; materials requested again"));
    }

    @Test
    void refusesCancelledGroupsUnknownOnesAndEveryoneButOfficers() {
        assertThat(ApiClient.anonymous(port).put(days("W1"), W1_MOVED).status()).isEqualTo(401);
        assertThat(ApiClient.as(ApiClient.TRAINER, port).put(days("W1"), W1_MOVED).status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).put(days("W1"), W1_MOVED).status()).isEqualTo(403);
        assertThat(officer().put(days("X9"), W1_MOVED).status()).isEqualTo(404);
        Response noReason = officer().put(days("W1"), "{\"days\": [\"2026-05-04\"]}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(officer().put(days("W1"), "{\"days\": [\"4 May\"], \"reason\": \"x\"}").status()).isEqualTo(400);

        assertThat(officer().post("/api/contracts/" + number + "/groups/L1/cancellation",
                "{\"reason\": \"too few\"}").status()).isEqualTo(200);
        Response cancelled = officer().put(days("L1"), """
                {"days": ["2026-05-05", "2026-05-19"], "reason": "moved"}""");
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.json().get("detail").asText()).contains("L1 is CANCELLED");
        assertThat(history()).noneMatch(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"));
    }

    private String feed() {
        return calendar.of("test", List.of(contracts.require(number)));
    }

    private static String eventOf(String feed, String uid) {
        return StreamSupport.stream(List.of(feed.split("BEGIN:VEVENT")).spliterator(), false)
                .filter(event -> event.contains(uid)).findFirst().orElseThrow();
    }

    private List<JsonNode> history() {
        return StreamSupport.stream(officer().get("/api/contracts/" + number + "/history").json().spliterator(),
                false).toList();
    }

    private static JsonNode group(JsonNode contract, String code) {
        return StreamSupport.stream(contract.get("groups").spliterator(), false)
                .filter(group -> group.get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    private String days(String group) {
        return "/api/contracts/" + number + "/groups/" + group + "/days";
    }

    private ApiClient officer() {
        return ApiClient.as(OFFICER, port);
    }
}
