package ee.hankevoog.bench;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.demo.Simulation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    Generated generate(int count) {
        Map<Stage, Integer> counts = new LinkedHashMap<>();
        int left = count;
        for (Stage stage : Stage.values()) {
            int n = stage == Stage.SIGNED ? left : (int) Math.round(count * stage.share);
            counts.put(stage, n);
            left -= n;
        }
        List<String> numbers = new ArrayList<>();
        int tasks = 0;
        int jobs = 0;
        long started = System.nanoTime();
        for (Map.Entry<Stage, Integer> entry : counts.entrySet()) {
            Stage stage = entry.getKey();
            for (int i = 0; i < entry.getValue(); i++) {
                String number = String.format("MIX-%s-%05d", stage.name().charAt(0), i);
                LocalDate signedOn = stage == Stage.SIGNED ? TODAY : stage.firstSigning.plusDays(i % 28);
                Simulation.Report report = simulation.run(number, signedOn, clock.at(TODAY, LocalTime.NOON),
                        application.trainerOf(numbers.size()));
                tasks += report.tasksCompleted();
                jobs += report.jobsExecuted();
                numbers.add(number);
                if (numbers.size() % 500 == 0) {
                    Benchmark.log("reads: " + numbers.size() + " contracts generated");
                }
            }
        }
        ClockUtil.setCurrentTime(clock.at(TODAY, LocalTime.NOON));
        return new Generated(numbers, counts, tasks, jobs, (System.nanoTime() - started) / 1_000_000_000L);
    }

    record Generated(List<String> numbers, Map<Stage, Integer> counts, int tasks, int jobs, long seconds) {

        String describe() {
            return numbers.size() + " reference contracts (" + BenchApplication.CONTRACTS_PER_TRAINER
                    + " a trainer) driven to " + TODAY + " noon in " + seconds + " s ("
                    + tasks + " tasks completed, " + jobs + " timers fired): "
                    + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().description)
                            .collect(Collectors.joining("; "));
        }
    }
}
