package ee.hankevoog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where one phase of the benchmark keeps its data: a fresh H2 file under target/benchmark/, or the PostgreSQL
 * database of HANKEVOOG_DB_URL emptied first. Every phase starts from an empty schema.
 */
final class BenchDatabase {

    private final String kind;
    private final String postgresUrl;
    private final String postgresUser;
    private final String postgresPassword;

    private BenchDatabase(String kind, String postgresUrl, String postgresUser, String postgresPassword) {
        this.kind = kind;
        this.postgresUrl = postgresUrl;
        this.postgresUser = postgresUser;
        this.postgresPassword = postgresPassword;
    }

    static BenchDatabase fromSettings() {
        String kind = System.getProperty("benchmark.db", "h2");
        if (!kind.equals("h2") && !kind.equals("postgres")) {
            throw new IllegalArgumentException("benchmark.db is h2 or postgres, not " + kind);
        }
        return new BenchDatabase(kind,
                env("HANKEVOOG_DB_URL", "jdbc:postgresql://localhost:5432/hankevoog_bench"),
                env("HANKEVOOG_DB_USER", "hankevoog"), env("HANKEVOOG_DB_PASSWORD", "hankevoog-ci"));
    }

    String kind() {
        return kind;
    }

    /** An empty database for the phase: the connection settings to give an application. */
    Map<String, String> fresh(String phase) throws IOException, SQLException {
        if (kind.equals("h2")) {
            Path folder = folder(phase);
            delete(folder);
            Files.createDirectories(folder);
            return existing(phase);
        }
        try (var connection = DriverManager.getConnection(postgresUrl, postgresUser, postgresPassword);
                var statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
        return existing(phase);
    }

    /** The phase's database as an earlier run left it. */
    Map<String, String> existing(String phase) {
        if (kind.equals("h2")) {
            return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder(phase).resolve("hankevoog")
                            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                    "spring.datasource.username", "hankevoog", "spring.datasource.password", "");
        }
        return Map.of("spring.datasource.url", postgresUrl, "spring.datasource.username", postgresUser,
                "spring.datasource.password", postgresPassword);
    }

    private static Path folder(String phase) {
        return Path.of("target", "benchmark", "h2", phase).toAbsolutePath();
    }

    /**
     * The settings with PostgreSQL's driver sending a batch of inserts as multi-row statements, for the application
     * that generates the contracts: the bulk copies write thousands of rows a statement batch. The nodes measured
     * run without it, as production does.
     */
    Map<String, String> forBulkWrites(Map<String, String> settings) {
        if (kind.equals("h2")) {
            return settings;
        }
        Map<String, String> bulk = new java.util.HashMap<>(settings);
        String url = settings.get("spring.datasource.url");
        bulk.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        return bulk;
    }

    /** The bytes the phase's database takes: PostgreSQL's own count, or the H2 file's size. */
    long size(String phase) throws IOException, SQLException {
        if (kind.equals("h2")) {
            try (Stream<Path> files = Files.walk(folder(phase))) {
                long total = 0;
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    total += Files.size(file);
                }
                return total;
            }
        }
        try (var connection = DriverManager.getConnection(postgresUrl, postgresUser, postgresPassword);
                var statement = connection.createStatement();
                var size = statement.executeQuery("select pg_database_size(current_database())")) {
            size.next();
            return size.getLong(1);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
