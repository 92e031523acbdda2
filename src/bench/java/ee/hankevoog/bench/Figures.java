package ee.hankevoog.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What one benchmark run measured, as a Markdown table for people and JSON for tools. */
final class Figures {

    private final String database;
    private final Map<String, String> setup = new LinkedHashMap<>();
    private Lifecycle lifecycle;
    private final List<Latency> latencies = new ArrayList<>();
    private StartUp startUp;

    Figures(String database) {
        this.database = database;
    }

    void setup(String what, Object value) {
        setup.put(what, String.valueOf(value));
    }

    void lifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    void latency(Latency latency) {
        latencies.add(latency);
    }

    void startUp(StartUp startUp) {
        this.startUp = startUp;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Hankevoog benchmark on " + database + "\n\n");
        setup.forEach((what, value) -> md.append("- ").append(what).append(": ").append(value).append('\n'));
        if (lifecycle != null) {
            md.append("\n## Lifecycle throughput\n\n| run | contracts | tasks | jobs | seconds | contracts/s | tasks/s |"
                    + " jobs/s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            row(md, "Hankevoog (reference contract)", lifecycle.ours());
            row(md, "floor (bare BPMN, same engine)", lifecycle.floor());
            md.append(String.format(Locale.ROOT, "%nOur time / floor's time: **%.2f** (target ≤ 1.5)%n",
                    lifecycle.ratio()));
        }
        if (!latencies.isEmpty()) {
            md.append("\n## Read latency over HTTP\n\n| read | who | requests | p50 ms | p95 ms | p99 ms | target p99 ms |"
                    + "\n|---|---|---:|---:|---:|---:|---:|\n");
            for (Latency latency : latencies) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %s |%n", latency.read(),
                        latency.user(), latency.requests(), latency.p50(), latency.p95(), latency.p99(),
                        latency.targetP99() == null ? "–" : latency.targetP99()));
            }
        }
        if (startUp != null) {
            md.append(String.format(Locale.ROOT, "%n## Start-up%n%n| application | start-up s (median of %d) |"
                    + " RSS MB |%n|---|---:|---:|%n| Hankevoog | %.2f | %d |%n| bare Camunda Spring Boot | %.2f | %d |%n"
                    + "%nStart-up ratio: **%.2f** (target ≤ 1.3); RSS ratio: %.2f%n", startUp.repetitions(),
                    startUp.app().seconds(), startUp.app().rssMb(), startUp.bare().seconds(), startUp.bare().rssMb(),
                    startUp.ratio(), (double) startUp.app().rssMb() / startUp.bare().rssMb()));
        }
        return md.toString();
    }

    String json() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("database", database);
        all.put("setup", setup);
        if (lifecycle != null) {
            all.put("lifecycle", Map.of("ours", throughput(lifecycle.ours()), "floor", throughput(lifecycle.floor()),
                    "ratio", lifecycle.ratio()));
        }
        all.put("latency", latencies.stream().map(l -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("read", l.read());
            one.put("user", l.user());
            one.put("requests", l.requests());
            one.put("p50Ms", l.p50());
            one.put("p95Ms", l.p95());
            one.put("p99Ms", l.p99());
            one.put("targetP99Ms", l.targetP99());
            return one;
        }).toList());
        if (startUp != null) {
            all.put("startUp", Map.of("repetitions", startUp.repetitions(),
                    "app", Map.of("seconds", startUp.app().seconds(), "rssMb", startUp.app().rssMb()),
                    "bare", Map.of("seconds", startUp.bare().seconds(), "rssMb", startUp.bare().rssMb()),
                    "ratio", startUp.ratio()));
        }
        return toJson(all);
    }

    private static Map<String, Object> throughput(Throughput t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("contracts", t.contracts());
        map.put("tasks", t.tasks());
        map.put("jobs", t.jobs());
        map.put("seconds", t.seconds());
        map.put("contractsPerSecond", t.contractsPerSecond());
        map.put("tasksPerSecond", t.tasksPerSecond());
        map.put("jobsPerSecond", t.jobsPerSecond());
        return map;
    }

    private static void row(StringBuilder md, String run, Throughput t) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.1f | %.1f |%n", run, t.contracts(),
                t.tasks(), t.jobs(), t.seconds(), t.contractsPerSecond(), t.tasksPerSecond(), t.jobsPerSecond()));
    }

    /** Just enough JSON for maps, lists, strings and numbers. */
    private static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> toJson(String.valueOf(e.getKey())) + ":" + toJson(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Figures::toJson).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Number number) {
            return number instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : number.toString();
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    record Throughput(int contracts, int tasks, int jobs, Duration elapsed) {

        double seconds() {
            return elapsed.toNanos() / 1e9;
        }

        double contractsPerSecond() {
            return contracts / seconds();
        }

        double tasksPerSecond() {
            return tasks / seconds();
        }

        double jobsPerSecond() {
            return jobs / seconds();
        }
    }

    record Lifecycle(Throughput ours, Throughput floor) {

        double ratio() {
            return ours.seconds() / floor.seconds();
        }
    }

    record Latency(String read, String user, int requests, double p50, double p95, double p99, Integer targetP99) {
    }

    record Launch(double seconds, long rssMb) {
    }

    record StartUp(int repetitions, Launch app, Launch bare) {

        double ratio() {
            return app.seconds() / bare.seconds();
        }
    }
}
