package ee.hankevoog.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An auditor reads a contract's history over HTTP: every step with who, when and what, filtered, and as CSV. */
@HankevoogTest
class HistoryApiTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;

    @BeforeEach
    void users() {
        ApiClient.ensureUsers(identity);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void tellsWhoAcceptedTheHandoverActOfW1AndWhen() {
        String number = contract().throughTheW1Handover().number;

        JsonNode history = auditor().get("/api/contracts/" + number + "/history?group=W1").json();

        JsonNode acceptance = single(history, "TASK_COMPLETED", "Accept handover act");
        assertThat(acceptance.get("actor").asText()).isEqualTo(ApiClient.OFFICER);
        assertThat(acceptance.get("time").asText()).isEqualTo("2026-05-27T11:30:00");
        assertThat(acceptance.get("group").asText()).isEqualTo("W1");
        assertThat(acceptance.at("/details/entered/handoverAccepted").asBoolean()).isTrue();
        JsonNode operation = single(history, "USER_OPERATION", "Accept handover act");
        assertThat(operation.get("actor").asText()).isEqualTo(ApiClient.OFFICER);
        assertThat(operation.get("time").asText()).isEqualTo("2026-05-27T11:30:00");
        assertThat(operation.at("/details/operationType").asText()).isEqualTo("Complete");
        assertThat(single(history, "TASK_COMPLETED", "Prepare handover-acceptance act").get("actor").asText())
                .isEqualTo(ApiClient.TRAINER);
    }

    @Test
    void listsEveryStepInTimeOrderWithTheEmailsThatWentOut() {
        String number = contract().throughTheW1Handover().number;

        List<JsonNode> history = list(auditor().get("/api/contracts/" + number + "/history").json());

        assertThat(history.get(0).get("kind").asText()).isEqualTo("CONTRACT_REGISTERED");
        assertThat(history.get(0).get("actor").asText()).isEqualTo(ApiClient.OFFICER);
        assertThat(history.get(0).get("sequence").asLong()).isEqualTo(1);
        assertThat(history).extracting(entry -> entry.get("time").asText()).isSorted();
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("TASK_COMPLETED"))
                .extracting(entry -> entry.get("step").asText())
                .containsExactly("Agree training dates", "Confirm training dates",
                        "Send training materials to the contact person",
                        "Record training day", "Record training day", "Record training day",
                        "Prepare handover-acceptance act", "Accept handover act");
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("GROUP_CANCELLED"))
                .singleElement().satisfies(cancelled -> {
                    assertThat(cancelled.get("group").asText()).isEqualTo("L1");
                    assertThat(cancelled.get("actor").asText()).isEqualTo(ApiClient.OFFICER);
                    assertThat(cancelled.get("summary").asText()).contains("too few registrants");
                });
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().startsWith("EMAIL_"))
                .filteredOn(entry -> entry.get("group").asText().equals("L1"))
                .extracting(mail -> mail.get("kind").asText() + " " + mail.at("/details/recipient").asText()
                        + " " + mail.get("time").asText())
                .containsExactly("EMAIL_QUEUED tiit@example.ee 2026-04-10T09:00:00",
                        "EMAIL_SENT tiit@example.ee 2026-04-10T09:00:00");
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("MATERIALS_DELIVERED"))
                .hasSize(1).allSatisfy(delivered -> {
                    assertThat(delivered.get("actor").asText()).isEqualTo(ApiClient.TRAINER);
                    assertThat(delivered.at("/details/files/0/sha256").asText()).hasSize(64);
                    assertThat(delivered.at("/details/onTime").asBoolean()).isTrue();
                });
        // a person's step queues its e-mail as that person; a timer's reminder or warning, as the system
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("EMAIL_QUEUED"))
                .extracting(mail -> mail.at("/details/kind").asText() + " " + mail.get("actor").asText())
                .contains("MATERIALS " + ApiClient.TRAINER, "CANCELLATION " + ApiClient.OFFICER)
                .allSatisfy(line -> assertThat(line).matches("(MATERIALS|CANCELLATION) api(trainer|officer)"
                        + "|(REMINDER|ESCALATION|CURRICULA_NOT_APPROVED) system"));
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("EMAIL_SENT"))
                .extracting(mail -> mail.get("actor").asText()).containsOnly("system");
    }

    @Test
    void filtersByPersonGroupAndDays() {
        String number = contract().throughTheW1Handover().number;
        String history = "/api/contracts/" + number + "/history";

        List<JsonNode> trainer = list(auditor().get(history + "?person=" + ApiClient.TRAINER).json());
        List<JsonNode> l1 = list(auditor().get(history + "?group=L1").json());
        List<JsonNode> handoverDays = list(auditor().get(history + "?from=2026-05-26&to=2026-05-27&group=W1").json());

        assertThat(trainer).isNotEmpty().allSatisfy(entry -> assertThat(entry.get("actor").asText())
                .isEqualTo(ApiClient.TRAINER));
        assertThat(trainer).extracting(entry -> entry.get("step").asText()).contains("Agree training dates",
                "Record training day", "Prepare handover-acceptance act").doesNotContain("Accept handover act");
        assertThat(l1).extracting(entry -> entry.get("kind").asText())
                .containsExactly("GROUP_CANCELLED", "EMAIL_QUEUED", "EMAIL_SENT", "USER_OPERATION");
        assertThat(l1).allSatisfy(entry -> assertThat(entry.get("group").asText()).isEqualTo("L1"));
        assertThat(handoverDays).isNotEmpty().allSatisfy(entry -> assertThat(entry.get("time").asText())
                .startsWith("2026-05-2"));
        assertThat(handoverDays).extracting(entry -> entry.get("step").asText())
                .contains("Prepare handover-acceptance act", "Accept handover act")
                .doesNotContain("Record training day");
    }

    @Test
    void exportsTheSameEntriesAsCsvThatParsesBack() throws Exception {
        String number = contract().throughTheW1Handover().number;
        List<JsonNode> json = list(auditor().get("/api/contracts/" + number + "/history").json());

        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/contracts/" + number + "/history.csv"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ApiClient.AUDITOR + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"history-" + number + ".csv\"");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, for Excel").startsWith("\uFEFF");
        List<List<String>> rows = Rfc4180.parse(text.substring(1));
        assertThat(rows.get(0)).containsExactly("time", "sequence", "actor", "kind", "group", "step", "summary",
                "details");
        assertThat(rows).hasSize(json.size() + 1);
        for (int i = 0; i < json.size(); i++) {
            JsonNode entry = json.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.subList(0, 7)).containsExactly(entry.get("time").asText(), text(entry, "sequence"),
                    entry.get("actor").asText(), entry.get("kind").asText(), text(entry, "group"),
                    text(entry, "step"), entry.get("summary").asText());
            assertThat(JSON.readTree(row.get(7))).isEqualTo(entry.get("details"));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get(6)).contains(","))
                .anySatisfy(row -> assertThat(row.get(7)).contains("\""));
    }

    @Test
    void startsWithTheRegistrationOfAContractStartedFromTheTasklistForm() {
        ProcessDriver.setClock(LocalDateTime.parse("2026-03-16T09:00"));
        String number = "AU-form-" + System.nanoTime();
        String form = """
                {"variables": {
                  "contractNumber": {"value": "%s"}, "title": {"value": "Kovisioon"},
                  "signedOn": {"value": "2026-03-16"}, "contactName": {"value": "Mari Maasikas"},
                  "contactEmail": {"value": "mari@example.ee"}, "trainers": {"value": "Tiit Tamm <tiit@example.ee>"},
                  "groups": {"value": "L1; LEADERS; Tallinn; 15; 13; 2026-04-28 2026-05-12"}}}
                """.formatted(number);
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post(
                "/engine-rest/process-definition/key/ContractLifecycle/submit-form", form).status()).isEqualTo(200);

        JsonNode first = auditor().get("/api/contracts/" + number + "/history").json().get(0);

        assertThat(first.get("kind").asText()).isEqualTo("CONTRACT_REGISTERED");
        assertThat(first.get("actor").asText()).isEqualTo(ApiClient.OFFICER);
        assertThat(first.get("time").asText()).isEqualTo("2026-03-16T09:00:00");
        assertThat(first.at("/details/groups/0/days").toString()).isEqualTo("[\"2026-04-28\",\"2026-05-12\"]");
    }

    @Test
    void explainsUnreadableFiltersAndUnknownContracts() {
        String number = contract().number;

        Response notADay = auditor().get("/api/contracts/" + number + "/history?from=notadate");
        Response backwards = auditor().get("/api/contracts/" + number + "/history.csv?from=2026-05-02&to=2026-05-01");
        Response unknown = auditor().get("/api/contracts/NO-SUCH-CONTRACT/history");
        Response unknownCsv = auditor().get("/api/contracts/NO-SUCH-CONTRACT/history.csv");

        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.contentType()).isEqualTo("application/problem+json");
        assertThat(notADay.json().get("parameter").asText()).isEqualTo("from");
        assertThat(notADay.json().get("detail").asText()).contains("'from'", "YYYY-MM-DD", "notadate");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("parameter").asText()).isEqualTo("to");
        Response tabs = auditor().get("/api/contracts/" + number + "/history.csv?separator=tab");
        assertThat(tabs.status()).isEqualTo(400);
        assertThat(tabs.json().get("detail").asText()).contains("'semicolon'", "'tab'");
        assertThat(auditor().get("/api/contracts/" + number + "/history.csv?separator=semicolon").body())
                .startsWith("\uFEFFtime;sequence;actor");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("NO-SUCH-CONTRACT");
        assertThat(unknownCsv.status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource({
            "anonymous,  history,     401", "anonymous,  history.csv, 401",
            "apitrainer, history,     403", "apitrainer, history.csv, 403",
            "apiofficer, history,     200", "apiofficer, history.csv, 200",
            "apiauditor, history,     200", "apiauditor, history.csv, 200",
            "apiadmin,   history,     200", "apiadmin,   history.csv, 200"})
    void letsOfficersAuditorsAndAdministratorsRead(String user, String resource, int expected) {
        String number = contract().number;
        ApiClient client = user.equals("anonymous") ? ApiClient.anonymous(port) : ApiClient.as(user, port);

        assertThat(client.get("/api/contracts/" + number + "/" + resource).status()).isEqualTo(expected);
    }

    private AuditedContract contract() {
        return new AuditedContract(port, engine, new ProcessDriver(engine, registration, outbox, sampleMaterials));
    }

    private ApiClient auditor() {
        return ApiClient.as(ApiClient.AUDITOR, port);
    }

    private static JsonNode single(JsonNode history, String kind, String step) {
        List<JsonNode> matches = list(history).stream()
                .filter(entry -> kind.equals(entry.get("kind").asText()) && step.equals(entry.get("step").asText()))
                .toList();
        assertThat(matches).as(kind + " " + step + " in " + history).hasSize(1);
        return matches.get(0);
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    private static String text(JsonNode entry, String field) {
        return entry.get(field).isNull() ? "" : entry.get(field).asText();
    }
}
