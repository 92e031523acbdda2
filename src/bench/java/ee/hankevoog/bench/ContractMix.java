package ee.hankevoog.bench;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.demo.Simulation;
import ee.hankevoog.document.Documents;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The contracts the read latency is measured against: every one a reference contract registered through the
 * product's registration and driven by the simulation's driver up to the same day, "today", so the database
 * holds a mix of states as a real one would. Driving all of them to closing would take hours on two cores, so
 * most are young: the share of each stage is fixed, the signing day within a stage spread over four weeks.
 */
final class ContractMix {

    /** The day every contract is driven up to; the reads happen on it. */
    static final LocalDate TODAY = LocalDate.of(2027, 6, 7);

    private final BenchApplication application;
    private final Simulation simulation;
    private final EngineClock clock;

    ContractMix(BenchApplication application) {
        this.application = application;
        this.simulation = application.bean(Simulation.class);
        this.clock = application.bean(EngineClock.class);
    }

    /** A stage of the lifecycle: the share of contracts in it and the first of the 28 days they were signed on. */
    enum Stage {
        CLOSED("closed (signed January 2026, trained April–November 2026)", 0.01, LocalDate.of(2026, 1, 5)),
        TRAINING("half-way: spring groups done, autumn groups ahead (signed November 2026)", 0.04,
                LocalDate.of(2026, 11, 2)),
        AGREEING("early: dates and curriculum being agreed (signed in the four weeks before today)", 0.35,
                TODAY.minusDays(28)),
        SIGNED("just registered (signed today)", 0.60, TODAY);

        final String description;
        final double share;
        final LocalDate firstSigning;

        Stage(String description, double share, LocalDate firstSigning) {
            this.description = description;
            this.share = share;
            this.firstSigning = firstSigning;
        }
    }

    /** Every contract driven. */
    Generated generate(int count) throws SQLException {
        return generate(count, count);
    }

    /**
     * {@code driven} contracts driven, shared among the stages as the contracts are, and the rest copied from them
     * (ContractCopies): copy {@code i} of a stage is the stage's driven contract {@code i mod driven}, under its own
     * number and trainer.
     */
    Generated generate(int count, int driven) throws SQLException {
        Map<Stage, Integer> counts = shares(count);
        List<String> numbers = new ArrayList<>();
        Map<Stage, List<String>> templates = new LinkedHashMap<>();
        Map<String, String> trainers = new java.util.HashMap<>();
        int tasks = 0;
        int jobs = 0;
        long started = System.nanoTime();
        for (Map.Entry<Stage, Integer> entry : counts.entrySet()) {
            Stage stage = entry.getKey();
            int toDrive = Math.min(entry.getValue(), Math.max(1, (int) Math.round(driven * stage.share)));
            for (int i = 0; i < toDrive; i++) {
                String number = number(stage, i);
                LocalDate signedOn = stage == Stage.SIGNED ? TODAY : stage.firstSigning.plusDays(i % 28);
                String trainer = application.trainerOf(numbers.size());
                Simulation.Report report = simulation.run(number, signedOn, clock.at(TODAY, LocalTime.NOON), trainer);
                tasks += report.tasksCompleted();
                jobs += report.jobsExecuted();
                numbers.add(number);
                trainers.put(number, trainer);
                templates.computeIfAbsent(stage, s -> new ArrayList<>()).add(number);
                if (numbers.size() % 500 == 0) {
                    Benchmark.log("reads: " + numbers.size() + " contracts driven");
                }
            }
        }
        ClockUtil.setCurrentTime(clock.at(TODAY, LocalTime.NOON));
        long drivenSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        int drivenCount = numbers.size();
        Map<Stage, Map<String, Integer>> templateRows = new LinkedHashMap<>();
        started = System.nanoTime();
        // a template's rows are read with its acts' PDFs written
        application.bean(Documents.class).writeQueuedPdfs();
        ContractCopies copier = new ContractCopies(application.bean(DataSource.class));
        for (Map.Entry<Stage, List<String>> entry : templates.entrySet()) {
            Stage stage = entry.getKey();
            List<String> stageTemplates = entry.getValue();
            int copies = counts.get(stage) - stageTemplates.size();
            // with nothing to copy only the stage's first contract is read, for the rows a contract leaves
            for (int t = 0; t < (copies > 0 ? stageTemplates.size() : 1); t++) {
                ContractCopies.Template template = copier.read(stageTemplates.get(t),
                        trainers.get(stageTemplates.get(t)));
                if (t == 0) {
                    templateRows.put(stage, template.rowCounts());
                }
                List<ContractCopies.Copy> batch = new ArrayList<>();
                for (int i = stageTemplates.size() + t; i < stageTemplates.size() + copies; i += stageTemplates.size()) {
                    String number = number(stage, i);
                    batch.add(new ContractCopies.Copy(number, application.trainerOf(numbers.size())));
                    numbers.add(number);
                    if (batch.size() == 100) {
                        copier.write(template, batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    copier.write(template, batch);
                }
                if (copies > 0 && (t + 1) % 100 == 0) {
                    Benchmark.log("reads: " + numbers.size() + " contracts, " + (numbers.size() - drivenCount)
                            + " of them copied");
                }
            }
        }
        copier.finish();
        return new Generated(numbers, counts, drivenCount, tasks, jobs, drivenSeconds,
                (System.nanoTime() - started) / 1_000_000_000L, templateRows);
    }

    /** The contracts an earlier run generated in the database, each stage's rows read from its first contract. */
    static Generated existing(Map<String, String> settings) throws SQLException {
        DataSource database = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                settings.get("spring.datasource.url"), settings.get("spring.datasource.username"),
                settings.get("spring.datasource.password"));
        List<String> numbers = new org.springframework.jdbc.core.JdbcTemplate(database)
                .queryForList("select number from contract where number like 'MIX-%' order by number", String.class);
        Map<Stage, Integer> counts = new LinkedHashMap<>();
        Map<Stage, Map<String, Integer>> templateRows = new LinkedHashMap<>();
        ContractCopies copier = new ContractCopies(database);
        for (Stage stage : Stage.values()) {
            String prefix = number(stage, 0).substring(0, 6);
            counts.put(stage, (int) numbers.stream().filter(number -> number.startsWith(prefix)).count());
            templateRows.put(stage, copier.read(number(stage, 0), null).rowCounts());
        }
        return new Generated(numbers, counts, -1, 0, 0, 0, 0, templateRows);
    }

    private static Map<Stage, Integer> shares(int count) {
        Map<Stage, Integer> counts = new LinkedHashMap<>();
        int left = count;
        for (Stage stage : Stage.values()) {
            int n = stage == Stage.SIGNED ? left : (int) Math.round(count * stage.share);
            counts.put(stage, n);
            left -= n;
        }
        return counts;
    }

    private static String number(Stage stage, int index) {
        return String.format("MIX-%s-%05d", stage.name().charAt(0), index);
    }

    /**
     * @param templateRows the rows one contract of each stage leaves, by table (the first driven of the stage)
     */
    record Generated(List<String> numbers, Map<Stage, Integer> counts, int driven, int tasks, int jobs,
            long drivenSeconds, long copiedSeconds, Map<Stage, Map<String, Integer>> templateRows) {

        String describe() {
            if (driven < 0) {
                return numbers.size() + " reference contracts as an earlier run generated them"
                        + " (-Dbenchmark.read-reuse): " + counts.entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey().description)
                                .collect(Collectors.joining("; "));
            }
            String made = driven == numbers.size()
                    ? " driven to " + TODAY + " noon in " + drivenSeconds + " s"
                    : ", " + driven + " driven to " + TODAY + " noon in " + drivenSeconds + " s and "
                            + (numbers.size() - driven) + " copied from them in " + copiedSeconds + " s";
            return numbers.size() + " reference contracts (" + BenchApplication.CONTRACTS_PER_TRAINER
                    + " a trainer)" + made + " (" + tasks + " tasks completed, " + jobs + " timers fired while"
                    + " driving): " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().description)
                            .collect(Collectors.joining("; "));
        }

        /** The engine's history rows one contract of each stage leaves, and how they split over the tables. */
        String historyRows() {
            return templateRows.entrySet().stream().map(stage -> {
                Map<String, Integer> history = new java.util.TreeMap<>();
                stage.getValue().forEach((table, rows) -> {
                    if (table.startsWith("act_hi_")) {
                        history.put(table.substring("act_hi_".length()), rows);
                    }
                });
                return stage.getKey().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + history.values().stream().mapToInt(Integer::intValue).sum() + " ("
                        + history.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")) + ")";
            }).collect(Collectors.joining("; "));
        }

        /** All rows one contract of each stage leaves, the engine's and ours. */
        String allRows() {
            return templateRows.entrySet().stream().map(stage -> stage.getKey().name().toLowerCase(
                    java.util.Locale.ROOT) + " " + stage.getValue().values().stream().mapToInt(Integer::intValue).sum())
                    .collect(Collectors.joining(", "));
        }
    }
}
