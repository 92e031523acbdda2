package ee.hankevoog.bench;

import ee.hankevoog.demo.Simulation;
import ee.hankevoog.document.Documents;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Figure 1: N reference contracts (four groups each) driven from signing to closing, every task completed and
 * every timer fired, against N instances of the bare lifecycle on the same engine and database. Ten of each run
 * first, unmeasured, so that both are timed with a warm JIT and warm caches; then a contract and a bare instance
 * take turns, so that a slower minute of the shared machine slows both alike.
 */
final class LifecycleThroughput {

    /**
     * A contract runs far more distinct code than the bare instance (PDFs, mail, Spring Data, the engine's
     * listeners): after three of each the JIT still compiled 1.6 s of CPU a contract on this two-core machine and a
     * quarter of the driving thread's samples were in code not yet optimised, so the figure measured warm-up, and
     * varied with it (2.79 to 3.37 for the same code). After ten it no longer moves with the run.
     */
    static final int WARM_UP = 10;

    private final Simulation simulation;
    private final Documents documents;
    private final BareLifecycleDriver floor;

    LifecycleThroughput(BenchApplication application) {
        this.simulation = application.bean(Simulation.class);
        this.documents = application.bean(Documents.class);
        this.floor = new BareLifecycleDriver(application.bean(ProcessEngine.class));
    }

    Figures.Lifecycle measure(int contracts) {
        floor.deploy();
        Tally warm = new Tally();
        Tally ours = new Tally();
        Tally bare = new Tally();
        for (int i = 0; i < WARM_UP; i++) {
            contract(warm, "WARM-" + i);
            bare(warm, "WARM-BARE-" + i);
        }
        for (int i = 0; i < contracts; i++) {
            contract(ours, "BENCH-" + i);
            bare(bare, "BARE-" + i);
        }
        ClockUtil.reset();
        return new Figures.Lifecycle(ours.throughput(), bare.throughput());
    }

    private void contract(Tally tally, String number) {
        collectGarbage();
        long started = System.nanoTime();
        Simulation.Report report = simulation.run(number, LocalDate.of(2026, 11, 23));
        // the acts' PDFs are written after their completions; the contract's time includes the ones not written yet
        documents.writeQueuedPdfs();
        tally.add(report.tasksCompleted(), report.jobsExecuted(), System.nanoTime() - started);
    }

    private void bare(Tally tally, String businessKey) {
        ClockUtil.reset();
        collectGarbage();
        long started = System.nanoTime();
        BareLifecycleDriver.Run run = floor.run(businessKey);
        tally.add(run.tasks(), run.jobs(), System.nanoTime() - started);
    }

    /**
     * Each run starts on an emptied heap and collects only its own garbage: otherwise a collection of the 1 s
     * contract's garbage lands in the 0.3 s bare instance after it as often as not, which moved the ratio by 0.3
     * between two runs of the same code.
     */
    private static void collectGarbage() {
        System.gc();
    }

    /** One side's contracts, tasks, jobs and time. */
    private static final class Tally {

        private int count;
        private int tasks;
        private int jobs;
        private long nanos;

        void add(int tasks, int jobs, long nanos) {
            this.count++;
            this.tasks += tasks;
            this.jobs += jobs;
            this.nanos += nanos;
        }

        Figures.Throughput throughput() {
            return new Figures.Throughput(count, tasks, jobs, Duration.ofNanos(nanos));
        }
    }
}
