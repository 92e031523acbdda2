package ee.hankevoog.contract.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.process.ContractProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What integrators see and do over HTTP while a contract's process runs: deadlines, meetings, task completion. */
@HankevoogTest
class ContractApiProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    ApiClient officer;
    String number;

    @BeforeEach
    void contractRegisteredOnItsSigningDay(TestInfo test) {
        ApiClient.ensureUsers(identity);
        officer = ApiClient.as(OFFICER, port);
        number = "APP-" + test.getTestMethod().orElseThrow().getName();
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        Response registered = officer.post("/api/contracts", ContractJson.valid(number));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    @Test
    void registersDatesAgreedAtSigning() {
        String agreed = number + "-A";
        Response registered = officer.post("/api/contracts", ContractJson.valid(agreed)
                .replaceFirst("\\{", "{\"datesAgreed\": true,"));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("datesAgreed").asBoolean()).isTrue();
        assertThat(registered.json().get("datesAgreedBy").asText()).isEqualTo(OFFICER);
        assertThat(registered.json().get("datesAgreedOn").asText()).isEqualTo("2026-03-16");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(agreed).list())
                .extracting(Task::getTaskDefinitionKey).doesNotContain(ContractProcess.Task.AGREE_TRAINING_DATES,
                        ContractProcess.Task.CONFIRM_TRAINING_DATES)
                .contains(ContractProcess.Task.SEND_MATERIALS, ContractProcess.Task.HOLD_PRE_MEETING);
        assertThat(officer.get("/api/contracts/" + agreed + "/deadlines").json()).filteredOn(deadline -> deadline
                .get("obligation").asText().equals("DATE_AGREEMENT")).singleElement()
                .satisfies(deadline -> assertThat(deadline.get("status").asText()).isEqualTo("DONE"));
    }

    @Test
    void refusesDatesAgreedTooSoonOrUndated() {
        String undated = ContractJson.valid(number + "-U").replaceFirst("\\{", "{\"datesAgreed\": true,")
                .replace("\"days\": [\"2026-04-28\", \"2026-05-12\"]", "\"days\": []");
        Response noDays = officer.post("/api/contracts", undated);
        assertThat(noDays.status()).isEqualTo(400);
        assertThat(noDays.body()).contains("with datesAgreed true every group needs its days");

        ProcessDriver.setClock(LocalDate.parse("2026-04-10"));
        String soon = ContractJson.valid(number + "-S").replaceFirst("\\{", "{\"datesAgreed\": true,");
        Response refused = officer.post("/api/contracts", soon);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("W1", "cancellationRightWaived", "first day 2026-04-20, 10 days from"
                + " 2026-04-10").doesNotContain("L1");
        assertThat(officer.get("/api/contracts/" + number + "-S").status()).isEqualTo(404);

        Response waived = officer.post("/api/contracts", soon.replaceFirst("\\{",
                "{\"cancellationRightWaived\": true,"));
        assertThat(waived.status()).as(waived.body()).isEqualTo(201);
        assertThat(waived.json().get("cancellationRightWaived").asBoolean()).isTrue();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void showsEveryDeadlineWithItsRuleAndTheSameKeysForAll() {
        Response response = officer.get("/api/contracts/" + number + "/deadlines");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        List<JsonNode> deadlines = elements(response.json());
        assertThat(deadlines).allSatisfy(deadline -> assertThat(fieldNames(deadline))
                .containsExactlyInAnyOrder("obligation", "group", "trainingDay", "due", "rule", "status"));

        JsonNode dateAgreement = only(deadlines, "DATE_AGREEMENT");
        assertThat(dateAgreement.get("group").isNull()).isTrue();
        assertThat(dateAgreement.get("trainingDay").isNull()).isTrue();
        assertThat(dateAgreement.get("due").asText()).isEqualTo("2026-03-30");
        assertThat(dateAgreement.get("rule").asText()).contains("2026-03-16", "14 calendar days");
        assertThat(dateAgreement.get("status").asText()).isEqualTo("OPEN");

        List<JsonNode> materials = deadlines.stream()
                .filter(deadline -> deadline.get("obligation").asText().equals("MATERIALS")).toList();
        assertThat(materials).extracting(m -> m.get("group").asText() + " " + m.get("trainingDay").asText()
                + " due " + m.get("due").asText()).containsExactly(
                        "W1 2026-04-20 due 2026-04-13", "L1 2026-04-28 due 2026-04-21");
        assertThat(materials.get(0).get("rule").asText())
                .contains("5 working days before the training's first day 2026-04-20", "public holidays");
        assertThat(deadlines).extracting(deadline -> deadline.get("status").asText()).containsOnly("OPEN");
    }

    @Test
    void showsTheDateAgreementOverdueOnceItsDueDateHasPassed() {
        ProcessDriver.setClock(LocalDate.parse("2026-03-31"));

        List<JsonNode> deadlines = elements(officer.get("/api/contracts/" + number + "/deadlines").json());

        assertThat(only(deadlines, "DATE_AGREEMENT").get("status").asText()).isEqualTo("OVERDUE");
        assertThat(only(deadlines, "PRE_MEETING").get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void callsAnInterimMeetingByGivingOfficersATask() {
        Response response = officer.post("/api/contracts/" + number + "/interim-meetings");

        assertThat(response.status()).isEqualTo(202);
        List<Task> meetings = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ContractProcess.Task.RECORD_INTERIM_MEETING).list();
        assertThat(meetings).singleElement().satisfies(task -> {
            assertThat(task.getName()).isEqualTo("Record interim meeting – " + number);
            assertThat(tasks.getIdentityLinksForTask(task.getId()))
                    .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("officers"));
        });
    }

    @Test
    void refusesBadDatesOverEngineRestAndKeepsTheTaskOpen() {
        Task agreeDates = openTask(ContractProcess.Task.AGREE_TRAINING_DATES);
        String completion = """
                {"variables": {"trainingDays":
                    {"value": "W1: 2026-04-20, 2026-04-22, 2026-05-25", "type": "String"}}}
                """;

        Response refused = ApiClient.as(TRAINER, port)
                .post("/engine-rest/task/" + agreeDates.getId() + "/complete", completion);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText())
                .contains("Group W1", "days 1 and 2 of a workers' group are consecutive working days",
                        "2026-04-22");
        assertThat(tasks.createTaskQuery().taskId(agreeDates.getId()).count()).isEqualTo(1);
        JsonNode w1 = officer.get("/api/contracts/" + number).json().path("groups").get(0);
        assertThat(elements(w1.path("days"))).extracting(JsonNode::asText)
                .containsExactly("2026-04-20", "2026-04-21", "2026-05-25");
    }

    @Test
    void refusesTrainingDaysThatAreNotTextOverEngineRest() {
        Task agreeDates = openTask(ContractProcess.Task.AGREE_TRAINING_DATES);

        Response refused = ApiClient.as(TRAINER, port).post("/engine-rest/task/" + agreeDates.getId() + "/complete",
                """
                {"variables": {"trainingDays": {"value": 20260420, "type": "Integer"}}}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("(trainingDays) must be text");
        assertThat(tasks.createTaskQuery().taskId(agreeDates.getId()).count()).isEqualTo(1);
    }

    private Task openTask(String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
    }

    private static JsonNode only(List<JsonNode> deadlines, String obligation) {
        return deadlines.stream().filter(deadline -> deadline.get("obligation").asText().equals(obligation))
                .reduce((first, second) -> {
                    throw new AssertionError("More than one " + obligation + " deadline");
                })
                .orElseThrow(() -> new AssertionError("No " + obligation + " deadline in " + deadlines));
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
