package ee.hankevoog.bench;

import ee.hankevoog.demo.Simulation;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Figure 1: N reference contracts (four groups each) driven from signing to closing, every task completed and
 * every timer fired, against N instances of the bare lifecycle on the same engine and database. A few of each
 * run first, unmeasured, so that both are timed with a warm JIT and warm caches.
 */
final class LifecycleThroughput {

    private static final int WARM_UP = 3;

    private final Simulation simulation;
    private final BareLifecycleDriver floor;

    LifecycleThroughput(BenchApplication application) {
        this.simulation = application.bean(Simulation.class);
        this.floor = new BareLifecycleDriver(application.bean(ProcessEngine.class));
    }

    Figures.Lifecycle measure(int contracts) {
        floor.deploy();
        LocalDate signedOn = LocalDate.of(2026, 11, 23);
        contracts(WARM_UP, "WARM", signedOn);
        bare(WARM_UP, "WARM");
        Figures.Throughput ours = contracts(contracts, "BENCH", signedOn);
        Figures.Throughput bare = bare(contracts, "BARE");
        ClockUtil.reset();
        return new Figures.Lifecycle(ours, bare);
    }

    private Figures.Throughput contracts(int count, String prefix, LocalDate signedOn) {
        int tasks = 0;
        int jobs = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Simulation.Report report = simulation.run(prefix + "-" + i, signedOn);
            tasks += report.tasksCompleted();
            jobs += report.jobsExecuted();
        }
        return new Figures.Throughput(count, tasks, jobs, Duration.ofNanos(System.nanoTime() - started));
    }

    private Figures.Throughput bare(int count, String prefix) {
        int tasks = 0;
        int jobs = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ClockUtil.reset();
            BareLifecycleDriver.Run run = floor.run(prefix + "-" + i);
            tasks += run.tasks();
            jobs += run.jobs();
        }
        return new Figures.Throughput(count, tasks, jobs, Duration.ofNanos(System.nanoTime() - started));
    }
}
