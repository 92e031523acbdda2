package ee.hankevoog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -Pbenchmark verify} (H2) or with {@code -Dbenchmark.db=postgres}: lifecycle throughput against
 * the bare floor, read latency over HTTP with 10,000 contracts, and start-up against a bare Camunda
 * application. Prints the figures and writes them to target/benchmark/results-{db}.md and .json.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase database = BenchDatabase.fromSettings();
        List<String> phases = Arrays.asList(System.getProperty("benchmark.phases", "lifecycle,reads,startup")
                .split(","));
        int lifecycleContracts = Integer.getInteger("benchmark.lifecycle-contracts", 20);
        int readContracts = Integer.getInteger("benchmark.read-contracts", 10_000);
        Figures figures = new Figures(database.kind());
        figures.setup("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        if (phases.contains("lifecycle")) {
            log("lifecycle: " + lifecycleContracts + " reference contracts and as many bare instances");
            try (BenchApplication application = BenchApplication.start(database.fresh("lifecycle"))) {
                figures.lifecycle(new LifecycleThroughput(application).measure(lifecycleContracts));
            }
            figures.setup("lifecycle", lifecycleContracts + " reference contracts, signing to closing, after "
                    + LifecycleThroughput.WARM_UP + " unmeasured");
            write(figures, database);
        }
        if (phases.contains("reads")) {
            int driven = Math.min(readContracts, Integer.getInteger("benchmark.read-driven", 1000));
            // -Dbenchmark.read-reuse=true measures the reads again on the contracts an earlier run generated
            boolean reuse = Boolean.getBoolean("benchmark.read-reuse");
            Map<String, String> db = reuse ? database.existing("reads") : database.fresh("reads");
            ContractMix.Generated generated;
            if (reuse) {
                generated = ContractMix.existing(db);
            } else {
                try (BenchApplication application = BenchApplication.start(database.forBulkWrites(db))) {
                    log("reads: " + readContracts + " contracts, " + driven + " of them driven, the rest copied");
                    generated = new ContractMix(application).generate(readContracts, driven);
                }
            }
            figures.setup("contracts for the reads", generated.describe());
            log("reads: " + generated.describe());
            figures.setup("rows a contract leaves in the engine's history, by stage", generated.historyRows());
            figures.setup("rows a contract leaves in all tables, by stage", generated.allRows());
            int contracts = generated.numbers().size();
            long bytes = database.size("reads");
            figures.setup("database size", String.format("%,d MB for %,d contracts: %,d kB a contract",
                    bytes >> 20, contracts, bytes / 1024 / contracts));
            try (SmtpSink smtp = new SmtpSink();
                    ConcurrentUsers.Cluster node = ConcurrentUsers.Cluster.start(db, 1, smtp.port())) {
                new ReadLatency(node.base(), generated.numbers()).measure().forEach(figures::latency);
                figures.setup("application for the reads", "its jar, -Xmx512m; resident " + node.rssMb()
                        + " MB after the reads");
            }
            write(figures, database);
        }
        if (phases.contains("startup")) {
            log("start-up: Hankevoog and the bare Camunda application, each in its own JVM");
            figures.startUp(new StartUp(database).measure());
        }
        if (phases.contains("users")) {
            int contracts = Integer.getInteger("benchmark.users-contracts", 3000);
            List<Integer> levels = Arrays.stream(System.getProperty("benchmark.users-levels", "25,50,100,150,200")
                    .split(",")).map(String::strip).map(Integer::valueOf).toList();
            log("users: " + contracts + " contracts, then Gatling at " + levels + " concurrent users");
            figures.users(new ConcurrentUsers(database).measure(contracts, levels,
                    Integer.getInteger("benchmark.users-seconds", 60)));
        }
        Path markdown = write(figures, database);
        System.out.println();
        System.out.println(figures.markdown());
        System.out.println("Written to " + markdown.toAbsolutePath() + " and results-" + database.kind() + ".json");
        System.exit(0);
    }

    /** After each phase, so that a later phase that fails leaves the figures of the earlier ones. */
    private static Path write(Figures figures, BenchDatabase database) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(folder.resolve("results-" + database.kind() + ".json"), figures.json());
        return Files.writeString(folder.resolve("results-" + database.kind() + ".md"), figures.markdown());
    }

    static void log(String line) {
        System.out.printf("[benchmark %tT] %s%n", System.currentTimeMillis(), line);
    }
}
