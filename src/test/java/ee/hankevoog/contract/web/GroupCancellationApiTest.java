package ee.hankevoog.contract.web;

import static ee.hankevoog.ApiClient.OFFICER;
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
import ee.hankevoog.notification.OutboxDispatcher;
import java.time.LocalDateTime;
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
 * The customer's right to cancel a group, used through the API at any time until the group's first day − 14 days:
 * L1 of ContractJson.valid starts on Tuesday 28 April 2026, so it may be cancelled until 14 April.
 */
@HankevoogTest
class GroupCancellationApiTest {

    private static final String TOO_FEW = """
            {"reason": "Liiga vähe registreerunuid / too few registrants", "registeredParticipants": 4}""";

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
    void contractSignedOn16March() {
        number = ApiClient.registerContract(identity, port, "GC");
        driver = new ProcessDriver(engine, null, outbox, null).follow(number);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void cancelsARunningGroupEndingItsTasksAndTellingTheTrainers() {
        driver.agreeDates(Map.of());
        assertThat(driver.openTasks(SEND_MATERIALS)).hasSize(2);
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-07T10:00"));

        Response cancelled = officer().post(cancellation("L1"), TOO_FEW);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(group(cancelled.json(), "L1").get("status").asText()).isEqualTo("CANCELLED");
        assertThat(group(officer().get("/api/contracts/" + number).json(), "L1").get("cancelledOn").asText())
                .isEqualTo("2026-04-07");
        assertThat(driver.openTasks(SEND_MATERIALS)).extracting(this::groupOf).containsExactly("W1");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("TrainingGroup").variableValueEquals("groupCode", "L1").count()).isZero();
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("L1"))
                .singleElement().satisfies(mail -> assertThat(mail.recipient()).isEqualTo("tiit@example.ee"));
        assertThat(StreamSupport.stream(officer().get("/api/contracts/" + number + "/history").json().spliterator(),
                false).filter(entry -> entry.get("kind").asText().equals("GROUP_CANCELLED")))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("actor").asText()).isEqualTo(OFFICER);
                    assertThat(entry.get("group").asText()).isEqualTo("L1");
                    assertThat(entry.at("/details/registeredParticipants").asInt()).isEqualTo(4);
                });
        assertThat(StreamSupport.stream(officer().get("/api/contracts/" + number + "/deadlines").json()
                .spliterator(), false).filter(deadline -> deadline.get("group").asText().equals("L1")))
                .extracting(deadline -> deadline.get("status").asText()).containsOnly("DONE", "CANCELLED");
    }

    @Test
    void cancelsAGroupBeforeTheDatesAreAgreedSoThatItNeverStarts() {
        assertThat(officer().post(cancellation("L1"), TOO_FEW).status()).isEqualTo(200);

        driver.agreeDates(Map.of());

        assertThat(driver.openTasks(SEND_MATERIALS)).extracting(this::groupOf).containsExactly("W1");
    }

    @Test
    void refusesACancellationAfterTheRightPassedSayingWhen() {
        driver.agreeDates(Map.of());
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-15T10:00"));

        Response late = officer().post(cancellation("L1"), TOO_FEW);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("was 2026-04-14", "today is 2026-04-15");
        assertThat(group(officer().get("/api/contracts/" + number).json(), "L1").get("status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(driver.openTasks(SEND_MATERIALS)).hasSize(2);
    }

    @Test
    void refusesWhatCannotBeCancelledAndEveryoneButOfficers() {
        assertThat(ApiClient.anonymous(port).post(cancellation("L1"), TOO_FEW).status()).isEqualTo(401);
        assertThat(ApiClient.as(ApiClient.TRAINER, port).post(cancellation("L1"), TOO_FEW).status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).post(cancellation("L1"), TOO_FEW).status()).isEqualTo(403);
        Response noReason = officer().post(cancellation("L1"), "{\"registeredParticipants\": 4}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(officer().post(cancellation("X9"), TOO_FEW).status()).isEqualTo(404);
        assertThat(officer().post("/api/contracts/NONE-" + number + "/groups/L1/cancellation", TOO_FEW).status())
                .isEqualTo(404);
        assertThat(group(officer().get("/api/contracts/" + number).json(), "L1").get("status").asText())
                .isEqualTo("PLANNED");

        assertThat(officer().post(cancellation("L1"), TOO_FEW).status()).isEqualTo(200);
        Response twice = officer().post(cancellation("L1"), TOO_FEW);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("L1 is CANCELLED");
    }

    private String cancellation(String group) {
        return "/api/contracts/" + number + "/groups/" + group + "/cancellation";
    }

    private String groupOf(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), "groupCode");
    }

    private static JsonNode group(JsonNode contract, String code) {
        return StreamSupport.stream(contract.get("groups").spliterator(), false)
                .filter(group -> group.get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    private ApiClient officer() {
        return ApiClient.as(OFFICER, port);
    }
}
