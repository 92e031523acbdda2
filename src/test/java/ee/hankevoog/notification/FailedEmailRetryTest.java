package ee.hankevoog.notification;

import static ee.hankevoog.ApiClient.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An e-mail that failed for good is visible to the officer, who can send it once more. */
@HankevoogTest
class FailedEmailRetryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    OutboxDispatcher dispatcher;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void reminderThatCouldNotBeDelivered() {
        number = ApiClient.registerContract(identity, port, "FR");
        ProcessDriver driver = new ProcessDriver(engine, null, dispatcher, null).follow(number);
        ProcessDriver.setClock(LocalDateTime.parse("2026-03-28T09:00"));
        driver.runDueJobs();
        smtp.stop();
        for (int attempt = 0; attempt < 8; attempt++) {
            dispatcher.deliverDue();
            ProcessDriver.setClock(LocalDateTime.parse("2026-03-28T09:00").plusDays(attempt + 1));
        }
        smtp.start();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officerSeesTheFailureAndSendsTheMessageAgain() {
        JsonNode failed = ApiClient.as(OFFICER, port).get("/api/contracts/" + number + "/emails").json().get(0);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("lastError").asText()).isNotBlank();

        ApiClient.Response retried = ApiClient.as(OFFICER, port)
                .post("/api/contracts/" + number + "/emails/" + failed.path("id").asLong() + "/retry");
        dispatcher.deliverDue();

        assertThat(retried.status()).isEqualTo(202);
        assertThat(ReceivedMail.about(smtp, number)).hasSize(1);
        assertThat(ApiClient.as(OFFICER, port).get("/api/contracts/" + number + "/emails").json().get(0)
                .path("status").asText()).isEqualTo("SENT");
        assertThat(ApiClient.as(OFFICER, port)
                .post("/api/contracts/" + number + "/emails/" + failed.path("id").asLong() + "/retry").status())
                .isEqualTo(409);
    }

    @Test
    void onlyOfficersRetryAndOnlyTheirContractsMessages() {
        long id = ApiClient.as(OFFICER, port).get("/api/contracts/" + number + "/emails").json().get(0).path("id")
                .asLong();

        assertThat(ApiClient.as(ApiClient.AUDITOR, port).post("/api/contracts/" + number + "/emails/" + id + "/retry")
                .status()).isEqualTo(403);
        assertThat(ApiClient.as(OFFICER, port).post("/api/contracts/OTHER/emails/" + id + "/retry").status())
                .isEqualTo(404);
    }
}
