package ee.hankevoog.contract.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.TRAINER;
import static ee.hankevoog.process.ContractProcess.Task.CONFIRM_PROPOSED_DAYS;
import static ee.hankevoog.process.ContractProcess.Task.GIVE_CURRICULUM_INPUT;
import static ee.hankevoog.process.ContractProcess.Task.SEND_MATERIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.security.Roles;
import ee.hankevoog.taskform.CompletionRefused;
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

/** Tiit (apitrainer) trains ContractJson.valid's groups and proposes new days for W1; an officer answers. */
@HankevoogTest
class DayProposalApiTest {

    private static final String W1_LATER = """
            {"days": ["2026-05-04", "2026-05-05", "2026-06-01"], "reason": "Koolitaja puhkus / the trainer's leave"}""";

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

    String number;
    ProcessDriver driver;

    @BeforeEach
    void contractWithItsDatesAgreed() {
        number = ApiClient.registerContract(identity, port, "DP");
        driver = new ProcessDriver(engine, null, outbox, null).follow(number);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void movesTheDaysATrainerProposedOnlyOnceAnOfficerConfirmsThem() {
        driver.agreeDates(Map.of());

        assertThat(trainer().post(proposals("W1"), W1_LATER).status()).isEqualTo(202);

        Task answer = driver.openTask(CONFIRM_PROPOSED_DAYS);
        assertThat(engine.getTaskService().getVariables(answer.getId())).containsEntry("proposedGroup", "W1")
                .containsEntry("proposedGroupDays", "2026-05-04, 2026-05-05, 2026-06-01")
                .containsEntry("proposedBy", TRAINER);
        assertThat(group(officer().get("/api/contracts/" + number).json(), "W1").get("days"))
                .as("nothing moves before the officer confirms").extracting(JsonNode::asText)
                .containsExactly("2026-04-20", "2026-04-21", "2026-05-25");
        assertThatThrownBy(() -> driver.completeAs(OFFICER, Roles.OFFICERS, answer,
                Map.of("proposalAccepted", false))).isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("(proposalRemark) is required");
        assertThatThrownBy(() -> driver.completeAs(OFFICER, Roles.OFFICERS, answer, Map.of("proposalAccepted", true,
                "proposedGroupDays", "2026-06-01, 2026-06-02, 2026-07-06"))).isInstanceOf(CompletionRefused.class)
                .as("what the trainer proposed is not the answer's to change")
                .hasMessageContaining("'proposedGroupDays' is set by Hankevoog");
        assertThatThrownBy(() -> driver.completeAs(TRAINER, Roles.TRAINERS, driver.openTask(GIVE_CURRICULUM_INPUT),
                Map.of("curriculumInput", "Lisada juhtumeid / more cases", "joiningTrainer", 0)))
                .hasMessageContaining("'joiningTrainer' is set by Hankevoog");

        driver.completeAs(OFFICER, Roles.OFFICERS, answer, Map.of("proposalAccepted", true));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                        .processInstanceId(answer.getProcessInstanceId()).list())
                .as("what was proposed stays in the engine's history").extracting(v -> v.getName() + "=" + v.getValue())
                .contains("proposedGroupDays=2026-05-04, 2026-05-05, 2026-06-01", "proposedBy=" + TRAINER);

        assertThat(group(officer().get("/api/contracts/" + number).json(), "W1").get("days"))
                .extracting(JsonNode::asText).containsExactly("2026-05-04", "2026-05-05", "2026-06-01");
        assertThat(driver.openTask(SEND_MATERIALS, "W1").getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-24"));
        assertThat(history()).filteredOn(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("actor").asText()).isEqualTo(OFFICER);
                    assertThat(entry.at("/details/reason").asText()).isEqualTo(
                            "Koolitaja puhkus / the trainer's leave (proposed by " + TRAINER + ")");
                });
    }

    @Test
    void keepsTheDaysAnOfficerRefusesWithARemark() {
        driver.agreeDates(Map.of());
        assertThat(trainer().post(proposals("W1"), W1_LATER).status()).isEqualTo(202);

        driver.completeAs(OFFICER, Roles.OFFICERS, driver.openTask(CONFIRM_PROPOSED_DAYS),
                Map.of("proposalAccepted", false, "proposalRemark", "Ruum on mais kinni / the room is taken in May"));

        assertThat(group(officer().get("/api/contracts/" + number).json(), "W1").get("days"))
                .extracting(JsonNode::asText).containsExactly("2026-04-20", "2026-04-21", "2026-05-25");
        assertThat(history()).noneMatch(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"))
                .anySatisfy(entry -> assertThat(entry.get("summary").asText() + entry.get("details"))
                        .contains("the room is taken in May"));
    }

    @Test
    void refusesProposalsThatBreakTheRulesComeTooEarlyOrFromAnyoneButTheContractsTrainers() {
        assertThat(trainer().post(proposals("W1"), W1_LATER).status()).as("before the dates are agreed")
                .isEqualTo(409);
        driver.agreeDates(Map.of());
        assertThat(ApiClient.anonymous(port).post(proposals("W1"), W1_LATER).status()).isEqualTo(401);
        assertThat(officer().post(proposals("W1"), W1_LATER).status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).post(proposals("W1"), W1_LATER).status()).isEqualTo(403);
        ApiClient.ensureUser(identity, "apistranger", Roles.TRAINERS);
        Response stranger = ApiClient.as("apistranger", port).post(proposals("W1"), W1_LATER);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.json().get("detail").asText()).as("nothing of the contract's groups")
                .isEqualTo("No contract numbered " + number + ".");
        assertThat(trainer().post(proposals("X9"), W1_LATER).status()).isEqualTo(404);
        Response broken = trainer().post(proposals("W1"), """
                {"days": ["2026-05-02", "2026-05-05", "2026-07-01"], "reason": "x"}""");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors")).extracting(error -> error.get("rule").asText())
                .anySatisfy(rule -> assertThat(rule).contains("weekends"));
        assertThat(driver.openTasks(CONFIRM_PROPOSED_DAYS)).isEmpty();
    }

    private List<JsonNode> history() {
        return StreamSupport.stream(officer().get("/api/contracts/" + number + "/history").json().spliterator(),
                false).toList();
    }

    private static JsonNode group(JsonNode contract, String code) {
        return StreamSupport.stream(contract.get("groups").spliterator(), false)
                .filter(group -> group.get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    private String proposals(String group) {
        return "/api/contracts/" + number + "/groups/" + group + "/day-proposals";
    }

    private ApiClient trainer() {
        return ApiClient.as(TRAINER, port);
    }

    private ApiClient officer() {
        return ApiClient.as(OFFICER, port);
    }
}
