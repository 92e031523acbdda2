package ee.hankevoog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ReceivedMail;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes with job executors on one PostgreSQL database (Camunda's shared-database cluster), one of them
 * killed while timers are firing: every timer fires once, and every e-mail goes out with one Message-ID.
 */
class TwoNodesTest {

    private static final int CONTRACTS = 30;

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
    void firesEveryTimerOnceAndSendsEveryMessageOnceWhenANodeDies() throws Exception {
        int doomedPort = Nodes.freePort();
        Process doomed = nodes.start(doomedPort, true, "--hankevoog.outbox.claim-timeout=3s");
        int survivorPort = Nodes.freePort();
        nodes.start(survivorPort, true, "--hankevoog.outbox.claim-timeout=3s");
        ApiClient survivor = Nodes.admin(survivorPort);

        List<String> numbers = IntStream.rangeClosed(1, CONTRACTS).mapToObj(i -> "NODES-" + i).toList();
        for (String number : numbers) {
            // signed 13 days ago: each contract's date-agreement reminder is due at once
            assertThat(survivor.post("/api/contracts", Nodes.contractJson(number, LocalDate.now().minusDays(13)))
                    .status()).isEqualTo(201);
        }
        Nodes.awaitUntil(() -> smtp.getReceivedMessages().length >= CONTRACTS / 2);
        doomed.destroyForcibly().waitFor();

        Nodes.awaitUntil(() -> remindersFired(survivor) == CONTRACTS
                && numbers.stream().allMatch(number -> ReceivedMail.about(smtp, number).size() >= 2));

        List<ReceivedMail> mail = numbers.stream().flatMap(number -> ReceivedMail.about(smtp, number).stream())
                .toList();
        long distinct = mail.stream().map(ReceivedMail::messageId).distinct().count();
        System.out.printf("TwoNodesTest: %d reminder timers fired, %d e-mails received, %d distinct Message-IDs,"
                + " %d open timers left%n", remindersFired(survivor), mail.size(), distinct, openTimers(survivor));
        assertThat(distinct).isEqualTo(2L * CONTRACTS);
        assertThat(mail).as("a repeat after the kill keeps its Message-ID").hasSizeLessThanOrEqualTo(2 * CONTRACTS + 1);
        assertThat(openTimers(survivor)).as("one escalation timer per contract").isEqualTo(CONTRACTS);
        assertThat(Arrays.stream(smtp.getReceivedMessages())).isNotEmpty();
    }

    private static int remindersFired(ApiClient admin) {
        return admin.get("/engine-rest/history/activity-instance/count?activityId=BoundaryTimer_DatesReminder")
                .json().path("count").asInt();
    }

    private static int openTimers(ApiClient admin) {
        return admin.get("/engine-rest/job/count?processDefinitionKey=ContractLifecycle").json().path("count")
                .asInt();
    }
}
