package ee.hankevoog.process;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The job executor's work for operators: jobs due and waiting for a thread (the backlog), jobs that failed for good
 * (no retries left: a reminder or escalation that never went), and the jobs run and failed so far, from the
 * engine's own metrics (what every node reported to the shared database, plus this node's since its last report).
 */
@Component
class JobMetrics {

    JobMetrics(ManagementService management, ProcessEngineConfigurationImpl configuration, MeterRegistry meters) {
        Gauge.builder("hankevoog.jobs.due", () -> management.createJobQuery().executable().count())
                .description("Jobs due now and waiting for the job executor").register(meters);
        Gauge.builder("hankevoog.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Jobs that failed with no retries left (an incident)").register(meters);
        for (String metric : new String[] {Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED}) {
            FunctionCounter.builder("hankevoog.jobs.executed", management, engine -> total(engine, configuration,
                    metric)).tag("outcome", Metrics.JOB_SUCCESSFUL.equals(metric) ? "successful" : "failed")
                    .description("Job executions since the database was created").register(meters);
        }
    }

    private static double total(ManagementService management, ProcessEngineConfigurationImpl configuration,
            String metric) {
        var unreported = configuration.getMetricsRegistry().getDbMeters().get(metric);
        return management.createMetricsQuery().name(metric).sum() + (unreported == null ? 0 : unreported.get());
    }
}
