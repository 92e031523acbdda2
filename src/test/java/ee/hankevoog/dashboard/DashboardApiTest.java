package ee.hankevoog.dashboard;

import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.process.ContractProcess.Task.AGREE_TRAINING_DATES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.web.ContractJson;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.process.ContractProcess;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

@HankevoogTest
class DashboardApiTest {

    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    OpenTaskLinks taskLinks;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void registerAContract() {
        number = ApiClient.registerContract(identity, port, "DB");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void listsEveryContractWithItsNextDeadline() {
        JsonNode line = contract(ApiClient.as(OFFICER, port).get("/api/contracts?state=RUNNING").json());

        assertThat(line.path("state").asText()).isEqualTo("RUNNING");
        assertThat(line.path("nextDeadline").path("obligation").asText()).isEqualTo("DATE_AGREEMENT");
        assertThat(line.path("nextDeadline").path("due").asText()).isEqualTo("2026-03-30");
        assertThat(line.path("overdue").asInt()).isZero();
        assertThat(line.path("open").asInt()).isGreaterThan(5);
    }

    @Test
    void filtersContractsWithOverdueObligations() {
        assertThat(contractOrNull(ApiClient.as(OFFICER, port).get("/api/contracts?overdue=true").json())).isNull();

        ProcessDriver.setClock(LocalDate.parse("2026-03-31"));

        JsonNode line = contract(ApiClient.as(OFFICER, port).get("/api/contracts?overdue=true").json());
        assertThat(line.path("overdue").asInt()).isEqualTo(1);
        assertThat(contractOrNull(ApiClient.as(OFFICER, port).get("/api/contracts?state=CLOSED").json())).isNull();
    }

    @Test
    void listsContractsWithOverdueObligationsFirst() {
        // this test's contract (the smaller number) meets its first deadline; a later one does not
        new ProcessDriver(engine, registration, outbox, null).follow(number)
                .agreeDates(Map.of());
        String late = ApiClient.registerContract(identity, port, "DB");
        ProcessDriver.setClock(LocalDate.parse("2026-04-01"));

        List<JsonNode> lines = StreamSupport.stream(ApiClient.as(OFFICER, port).get("/api/contracts").json()
                .spliterator(), false).toList();
        List<Boolean> overdue = lines.stream().map(line -> line.path("overdue").asInt() > 0).toList();

        assertThat(overdue.indexOf(false)).as("no contract with overdue obligations after one without")
                .isGreaterThan(overdue.lastIndexOf(true));
        assertThat(lines.stream().map(line -> line.path("number").asText()).toList().indexOf(late))
                .isLessThan(lines.stream().map(line -> line.path("number").asText()).toList().indexOf(number));
        // page by page, across the end of the overdue ones, in the same order
        int boundary = overdue.indexOf(false);
        for (int page = Math.max(0, boundary - 2); page < Math.min(lines.size(), boundary + 2); page++) {
            JsonNode one = ApiClient.as(OFFICER, port).get("/api/contracts?page=" + page + "&size=1").json();
            assertThat(one.get(0).path("number").asText()).as("page " + page)
                    .isEqualTo(lines.get(page).path("number").asText());
        }
        JsonNode pairs = ApiClient.as(OFFICER, port).get("/api/contracts?page=" + (boundary / 2) + "&size=2").json();
        assertThat(pairs.get(0).path("number").asText()).isEqualTo(lines.get(boundary / 2 * 2).path("number").asText());
    }

    @Test
    void aTaskCompletedWhileTheContractPageIsReadIsLeftOut() {
        Task agreement = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(AGREE_TRAINING_DATES).singleResult();
        assertThat(taskLinks.open(agreement)).isPresent();

        new ProcessDriver(engine, registration, outbox, null).follow(number).agreeDates(Map.of());

        // the page found the task a moment before it was completed, and reads its details now
        assertThat(taskLinks.open(agreement)).isEmpty();
    }

    @Test
    void aTaskCompletedAfterTheContractPageFoundItInTheSameReadIsLeftOut() throws Exception {
        ExecutorService trainer = Executors.newSingleThreadExecutor();
        try {
            Optional<OpenTaskLinks.OpenTask> read = ((ProcessEngineConfigurationImpl) engine
                    .getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(command -> {
                        Task agreement = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                                .taskDefinitionKey(AGREE_TRAINING_DATES).singleResult();
                        // the trainer completes it and commits while the page's read is still going on
                        await(trainer.submit(() -> new ProcessDriver(engine, registration, outbox, null)
                                .follow(number).agreeDates(Map.of())));
                        return taskLinks.open(agreement);
                    });

            assertThat(read).isEmpty();
        } finally {
            trainer.shutdownNow();
        }
    }

    private static void await(Future<?> done) {
        try {
            done.get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("the trainer's completion failed", e);
        }
    }

    @Test
    void aMetObligationLeavesTheListAtOnce() {
        new ProcessDriver(engine, registration, outbox, null).follow(number)
                .agreeDates(Map.of());

        JsonNode line = contract(ApiClient.as(OFFICER, port).get("/api/contracts").json());

        assertThat(line.path("nextDeadline").path("obligation").asText()).isNotEqualTo("DATE_AGREEMENT");
    }

    @Test
    void pagesTheListWhenAskedByNumber() {
        assertThat(ApiClient.as(OFFICER, port).post("/api/contracts", ContractJson.valid(number + "-2")).status())
                .isEqualTo(201);

        JsonNode first = ApiClient.as(OFFICER, port).get("/api/contracts?page=0&size=1").json();
        JsonNode all = ApiClient.as(OFFICER, port).get("/api/contracts").json();

        assertThat(first).hasSize(1);
        assertThat(first.get(0).path("number").asText()).isEqualTo(all.get(0).path("number").asText());
        assertThat(all.size()).isGreaterThanOrEqualTo(2);
        assertThat(ApiClient.as(OFFICER, port).get("/api/contracts?page=-1").status()).isEqualTo(400);
    }

    @Test
    void refusesAnUnknownState() {
        ApiClient.Response response = ApiClient.as(OFFICER, port).get("/api/contracts?state=LOST");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void drawsTheTimelineInTheBrowsersLanguage() throws Exception {
        ApiClient.Response english = ApiClient.as(OFFICER, port).get("/api/contracts/" + number + "/timeline.svg");
        ApiClient.Response estonian = ApiClient.as(OFFICER, port)
                .get("/api/contracts/" + number + "/timeline.svg", "et-EE,et;q=0.9");

        assertThat(english.contentType()).startsWith("image/svg+xml");
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(english.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(english.body()).contains("W1 · Tallinn · workers", "Date agreement – 2026-03-30 – open",
                "class=\"open\"", "/camunda/app/tasklist/default/#/?task=", "fill=\"#1565c0\"");
        assertThat(estonian.body()).contains("W1 · Tallinn · lastekaitsetöötajad", "Kuupäevade kokkulepe");
    }

    @Test
    void onlyOfficersAuditorsAndAdminsSeeTheDashboard() {
        assertThat(ApiClient.anonymous(port).get("/api/contracts").status()).isEqualTo(401);
        assertThat(ApiClient.as(ApiClient.TRAINER, port).get("/api/contracts").status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.TRAINER, port).get("/api/contracts/" + number + "/timeline.svg").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).get("/api/contracts").status()).isEqualTo(200);
    }

    private JsonNode contract(JsonNode list) {
        JsonNode line = contractOrNull(list);
        assertThat(line).as("contract " + number + " in " + list).isNotNull();
        return line;
    }

    private JsonNode contractOrNull(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(line -> number.equals(line.path("number").asText())).findFirst().orElse(null);
    }
}
