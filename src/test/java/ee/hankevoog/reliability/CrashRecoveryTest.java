package ee.hankevoog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ReceivedMail;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kills Hankevoog with SIGKILL in the middle of a contract's lifecycle on PostgreSQL and starts it again:
 * the contract is where it was, and the timer that fell due while it was down fires once, its reminders
 * going out once.
 */
class CrashRecoveryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Nodes.SMTP_PORT, "127.0.0.1", "smtp"));

    private Nodes nodes;

    @BeforeEach
    void emptyPostgresDatabase() throws Exception {
        Assumptions.assumeTrue(Nodes.available(), "set HANKEVOOG_CRASH_DB_URL to a PostgreSQL database (.ci/run does)");
        nodes = new Nodes().emptyDatabase();
    }

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void firesTheTimerThatFellDueWhileTheApplicationWasDownOnce() throws Exception {
        int port = Nodes.freePort();
        Process first = nodes.start(port, false);
        ApiClient admin = Nodes.admin(port);
        assertThat(admin.post("/api/contracts", Nodes.contractJson("CRASH-1", LocalDate.now().minusDays(13)))
                .status()).isEqualTo(201);
        assertThat(timers(admin)).as("reminder and escalation").isEqualTo(2);

        first.destroyForcibly().waitFor();

        nodes.start(port, true);
        Nodes.awaitUntil(() -> ReceivedMail.about(smtp, "CRASH-1").size() >= 2);
        Nodes.awaitUntil(() -> timers(admin) == 1);

        assertThat(ReceivedMail.about(smtp, "CRASH-1")).extracting(ReceivedMail::recipient)
                .containsExactlyInAnyOrder("tiit@example.ee", "kati@example.ee");
        JsonNode emails = admin.get("/api/contracts/CRASH-1/emails").json();
        assertThat(emails).hasSize(2).allSatisfy(email -> assertThat(email.path("status").asText()).isEqualTo("SENT"));
        assertThat(admin.get("/api/contracts/CRASH-1").json().path("state").asText()).isEqualTo("RUNNING");
        assertThat(admin.get("/engine-rest/task?processInstanceBusinessKey=CRASH-1").json()).singleElement()
                .satisfies(task -> assertThat(task.path("name").asText()).isEqualTo("Agree training dates – CRASH-1"));
    }

    private static int timers(ApiClient admin) {
        return admin.get("/engine-rest/job/count?processDefinitionKey=ContractLifecycle").json().path("count").asInt();
    }
}
