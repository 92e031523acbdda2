package ee.hankevoog.reliability;

import ee.hankevoog.ApiClient;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.demo.ReferenceContract;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hankevoog nodes as separate processes on one PostgreSQL database, as production runs them, for tests
 * that kill a node. The database comes from HANKEVOOG_CRASH_DB_URL; .ci/run sets it.
 */
final class Nodes implements AutoCloseable {

    static final String ADMIN = "crashadmin";
    static final String PASSWORD = "Crash-admin-password-9";
    static final int SMTP_PORT = 3027;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final String database = System.getenv("HANKEVOOG_CRASH_DB_URL");
    private final List<Process> processes = new ArrayList<>();

    static boolean available() {
        String database = System.getenv("HANKEVOOG_CRASH_DB_URL");
        return database != null && database.startsWith("jdbc:postgresql:");
    }

    /** Empties the database, so each test starts from a fresh schema. */
    Nodes emptyDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(database, user(), password());
                var statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
        return this;
    }

    /** Starts a node and waits until it answers HTTP; its log goes to target/crash/. */
    Process start(int port, boolean jobs, String... more) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "ee.hankevoog.HankevoogApplication",
                "--server.port=" + port, "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                "--camunda.bpm.admin-user.id=" + ADMIN, "--camunda.bpm.admin-user.password=" + PASSWORD,
                "--camunda.bpm.job-execution.enabled=" + jobs, "--hankevoog.outbox.poll-interval=500ms"),
                Stream.of(more)).toList();
        File log = Files.createDirectories(Path.of("target", "crash"))
                .resolve("node-" + port + "-" + processes.size() + ".log").toFile();
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(node);
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

    static ApiClient admin(int port) {
        return ApiClient.as(ADMIN, PASSWORD, port);
    }

    /** The reference contract signed on the given day, with two trainers, as the API takes it. */
    static String contractJson(String number, LocalDate signedOn) {
        Contract reference = ReferenceContract.signedOn(number, signedOn, new WorkingDays(), null);
        String groups = reference.groups().stream().map(Nodes::groupJson).collect(Collectors.joining(","));
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

    /** Polls until the nodes have done something; gives up after two minutes with a pointer to their logs. */
    static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Still not so after " + PATIENCE + "; see target/crash/node-*.log");
            }
            Thread.sleep(250);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String user() {
        return System.getenv("HANKEVOOG_TEST_DB_USER");
    }

    private static String password() {
        return System.getenv("HANKEVOOG_TEST_DB_PASSWORD");
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }
}
