package ee.hankevoog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.TrainingGroup;
import ee.hankevoog.demo.ReferenceContract;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kills Hankevoog with SIGKILL in the middle of a contract's lifecycle on PostgreSQL and starts it again:
 * the contract is where it was, and the timer that fell due while it was down fires once, its reminders
 * going out once. Runs in CI's PostgreSQL pass (it needs HANKEVOOG_CRASH_DB_URL).
 */
class CrashRecoveryTest {

    private static final String ADMIN = "crashadmin";
    private static final String PASSWORD = "Crash-admin-password-9";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", "smtp"));

    private final List<Process> nodes = new ArrayList<>();
    private String database;

    @BeforeEach
    void needsPostgres() throws Exception {
        database = System.getenv("HANKEVOOG_CRASH_DB_URL");
        Assumptions.assumeTrue(database != null && database.startsWith("jdbc:postgresql:"),
                "set HANKEVOOG_CRASH_DB_URL to an empty PostgreSQL database (.ci/run does)");
        try (var connection = DriverManager.getConnection(database, System.getenv("HANKEVOOG_TEST_DB_USER"),
                System.getenv("HANKEVOOG_TEST_DB_PASSWORD")); var statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void firesTheTimerThatFellDueWhileTheApplicationWasDownOnce() throws Exception {
        LocalDate signedOn = LocalDate.now().minusDays(13);
        int port = freePort();
        Process first = start(port, false);
        ApiClient admin = ApiClient.as(ADMIN, PASSWORD, port);
        assertThat(admin.post("/api/contracts", contractJson("CRASH-1", signedOn)).status()).isEqualTo(201);
        assertThat(admin.get("/engine-rest/job/count?processDefinitionKey=ContractLifecycle").json().path("count").asInt()).as("reminder and escalation")
                .isEqualTo(2);

        first.destroyForcibly().waitFor();

        start(port, true);
        awaitUntil(() -> ReceivedMail.about(smtp, "CRASH-1").size() >= 2);
        awaitUntil(() -> admin.get("/engine-rest/job/count?processDefinitionKey=ContractLifecycle").json().path("count").asInt() == 1);

        assertThat(ReceivedMail.about(smtp, "CRASH-1")).extracting(ReceivedMail::recipient)
                .containsExactlyInAnyOrder("tiit@example.ee", "kati@example.ee");
        JsonNode emails = admin.get("/api/contracts/CRASH-1/emails").json();
        assertThat(emails).hasSize(2).allSatisfy(email -> assertThat(email.path("status").asText()).isEqualTo("SENT"));
        assertThat(admin.get("/api/contracts/CRASH-1").json().path("state").asText()).isEqualTo("RUNNING");
        assertThat(admin.get("/engine-rest/task?processInstanceBusinessKey=CRASH-1").json()).singleElement()
                .satisfies(task -> assertThat(task.path("name").asText()).isEqualTo("Agree training dates"));
    }

    private Process start(int port, boolean jobs) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "ee.hankevoog.HankevoogApplication",
                "--server.port=" + port, "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + System.getenv("HANKEVOOG_TEST_DB_USER"),
                "--spring.datasource.password=" + System.getenv("HANKEVOOG_TEST_DB_PASSWORD"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=3027",
                "--camunda.bpm.admin-user.id=" + ADMIN, "--camunda.bpm.admin-user.password=" + PASSWORD,
                "--camunda.bpm.job-execution.enabled=" + jobs, "--hankevoog.outbox.poll-interval=500ms");
        File log = Files.createDirectories(Path.of("target", "crash")).resolve("node-" + nodes.size() + ".log")
                .toFile();
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        nodes.add(node);
        ApiClient anonymous = ApiClient.anonymous(port);
        awaitUntil(() -> {
            try {
                return anonymous.get("/api/contracts").status() == 401;
            } catch (RuntimeException notYetListening) {
                return false;
            }
        });
        return node;
    }

    private static String contractJson(String number, LocalDate signedOn) {
        Contract reference = ReferenceContract.signedOn(number, signedOn, new WorkingDays());
        String groups = reference.groups().stream().map(CrashRecoveryTest::groupJson)
                .collect(Collectors.joining(","));
        return """
                {"number": "%s", "title": "Kovisioon", "signedOn": "%s",
                 "customerContact": {"name": "Mari Maasikas", "email": "mari@example.ee"},
                 "trainers": [{"name": "Tiit Tamm", "email": "tiit@example.ee"},
                              {"name": "Kati Kask", "email": "kati@example.ee"}],
                 "groups": [%s]}""".formatted(number, signedOn, groups);
    }

    private static String groupJson(TrainingGroup group) {
        return """
                {"code": "%s", "targetGroup": "%s", "place": "%s", "participantLimit": 15, "academicHours": %d,
                 "days": [%s]}""".formatted(group.code(), group.targetGroup(), group.place(), group.academicHours(),
                group.trainingDates().stream().map(day -> "\"" + day + "\"").collect(Collectors.joining(",")));
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Still not so after " + PATIENCE + "; see target/crash/node-*.log");
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
