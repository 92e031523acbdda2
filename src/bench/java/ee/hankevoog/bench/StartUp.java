package ee.hankevoog.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Figure 3: how long each application takes from launch until it answers HTTP, and its resident memory then,
 * each as an executable jar in a JVM of its own with the same options, on a database of its own. The first
 * launch creates the schema and is not counted; the later ones start as a restarted production node does.
 */
final class StartUp {

    private static final int REPETITIONS = 5;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final BenchDatabase database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    StartUp(BenchDatabase database) {
        this.database = database;
    }

    Figures.StartUp measure() throws IOException, InterruptedException, SQLException {
        Figures.Launch app = median(System.getProperty("benchmark.app-jar"), "startup-app");
        Figures.Launch bare = median(System.getProperty("benchmark.bare-jar"), "startup-bare");
        return new Figures.StartUp(REPETITIONS, app, bare);
    }

    private Figures.Launch median(String jar, String phase) throws IOException, InterruptedException, SQLException {
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No executable jar at " + jar + "; run the benchmark through Maven");
        }
        Map<String, String> db = database.fresh(phase);
        launch(jar, db, phase, 0);
        List<Figures.Launch> launches = new ArrayList<>();
        for (int i = 1; i <= REPETITIONS; i++) {
            launches.add(launch(jar, db, phase, i));
        }
        launches.sort(Comparator.comparingDouble(Figures.Launch::seconds));
        Figures.Launch middle = launches.get(launches.size() / 2);
        long rss = launches.stream().mapToLong(Figures.Launch::rssMb).sorted().toArray()[launches.size() / 2];
        return new Figures.Launch(middle.seconds(), rss);
    }

    private Figures.Launch launch(String jar, Map<String, String> db, String phase, int round)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-jar", jar, "--server.port=" + port,
                "--camunda.bpm.admin-user.id=benchadmin", "--camunda.bpm.admin-user.password=" + BenchApplication.PASSWORD,
                "--spring.mail.host=127.0.0.1", "--logging.level.root=WARN"),
                db.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())).toList();
        Path log = Files.createDirectories(Path.of("target", "benchmark", "logs")).resolve(phase + "-" + round + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (!answers(port)) {
                if (!process.isAlive() || System.nanoTime() - started > PATIENCE.toNanos()) {
                    throw new IllegalStateException(jar + " did not start; see " + log.toAbsolutePath());
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long rssMb = rssKb(process.pid()) / 1024;
            Benchmark.log(String.format("start-up: %s round %d: %.2f s, %d MB", phase, round, seconds, rssMb));
            return new Figures.Launch(seconds, rssMb);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private boolean answers(int port) throws InterruptedException {
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/camunda/app/"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Resident memory, as the kernel counts it for the process. */
    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
