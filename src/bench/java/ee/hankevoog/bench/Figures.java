package ee.hankevoog.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
    private Users users;

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

    void users(Users users) {
        this.users = users;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Hankevoog benchmark on " + database + "\n\n");
        setup.forEach((what, value) -> md.append("- ").append(what).append(": ").append(value).append('\n'));
        if (lifecycle != null) {
            md.append("\n## Lifecycle throughput\n\n| run | contracts | tasks | jobs | seconds | contracts/s | tasks/s |"
                    + " jobs/s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            row(md, "Hankevoog (reference contract)", lifecycle.ours());
            row(md, "floor (bare BPMN, same engine)", lifecycle.floor());
            md.append(String.format(Locale.ROOT, "%nOur time / floor's time: **%.2f** (target ≤ 3)%n",
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
        if (users != null) {
            users.markdown(md);
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
        if (users != null) {
            all.put("users", users.json());
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

    /** The concurrent-users phase: each run of Gatling, and what was checked after. */
    record Users(String contracts, int seconds, List<UserRun> runs, List<String> notes) {

        /**
         * Most users at which pages stay under 300 ms and completions under 1 s at p99, with no errors: the level
         * before the first that misses, so that a lucky run above a missed level does not count.
         */
        Integer knee(int nodes) {
            Integer knee = null;
            for (UserRun run : runs.stream().filter(r -> r.nodes() == nodes)
                    .sorted(Comparator.comparing(UserRun::users)).toList()) {
                if (!run.withinTargets()) {
                    break;
                }
                knee = run.users();
            }
            return knee;
        }

        void markdown(StringBuilder md) {
            md.append("\n## Concurrent users (Gatling)\n\n- each level: ")
                    .append(seconds).append(" s at constant concurrency after a ramp; trainers 40 %, officers 30 %,"
                            + " auditors 10 %, calendar clients 20 %\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
            for (int nodes : runs.stream().map(UserRun::nodes).distinct().sorted().toList()) {
                md.append(String.format(Locale.ROOT, "%n### %d node(s): knee %s users (target ≥ 100)%n%n", nodes,
                        knee(nodes) == null ? "below the lowest level" : knee(nodes)));
                md.append("| users | action | requests | errors | p50 ms | p95 ms | p99 ms | req/s |\n"
                        + "|---:|---|---:|---:|---:|---:|---:|---:|\n");
                for (UserRun run : runs.stream().filter(r -> r.nodes() == nodes).toList()) {
                    for (Action action : run.actions()) {
                        md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.0f | %.0f | %.0f | %.1f |%n",
                                run.users(), action.name(), action.requests(), action.errors(), action.p50(),
                                action.p95(), action.p99(), action.perSecond()));
                    }
                    md.append(String.format(Locale.ROOT, "| %d | **all**, resident MB %s, report %s | | | | | | |%n",
                            run.users(), run.rssMb(), run.report()));
                    md.append(String.format(Locale.ROOT, "| %d | *inside (Prometheus)*: %s | | | | | | |%n",
                            run.users(), run.inside()));
                }
            }
        }

        Map<String, Object> json() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("contracts", contracts);
            map.put("seconds", seconds);
            map.put("notes", notes);
            map.put("runs", runs.stream().map(run -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("nodes", run.nodes());
                one.put("users", run.users());
                one.put("rssMb", run.rssMb());
                one.put("report", run.report());
                one.put("inside", run.inside());
                one.put("actions", run.actions().stream().map(a -> {
                    Map<String, Object> action = new LinkedHashMap<>();
                    action.put("name", a.name());
                    action.put("requests", a.requests());
                    action.put("errors", a.errors());
                    action.put("p50Ms", a.p50());
                    action.put("p95Ms", a.p95());
                    action.put("p99Ms", a.p99());
                    action.put("perSecond", a.perSecond());
                    return action;
                }).toList());
                return one;
            }).toList());
            return map;
        }
    }

    /** One Gatling run at one number of concurrent users. */
    record UserRun(int nodes, int users, List<Action> actions, String rssMb, String report, String inside) {

        static UserRun of(int nodes, int users, List<Action> actions, String rssMb, String report, String inside) {
            List<Action> sorted = new ArrayList<>(actions);
            sorted.sort(Comparator.comparing(Action::name));
            return new UserRun(nodes, users, sorted, rssMb, report, inside);
        }

        boolean withinTargets() {
            return actions.stream().allMatch(action -> action.errors() == 0
                    && action.p99() < (action.isCompletion() ? 1000 : 300));
        }
    }

    /** One kind of request in a run, as Gatling counted it. */
    record Action(String name, long requests, long errors, double p50, double p95, double p99, double perSecond) {

        /** Completing a task, or delivering materials, which completes one: the officer waits up to a second. */
        boolean isCompletion() {
            return name.contains("complete") || name.contains("upload");
        }
    }

    record Launch(double seconds, long rssMb) {
    }

    record StartUp(int repetitions, Launch app, Launch bare) {

        double ratio() {
            return app.seconds() / bare.seconds();
        }
    }
}
