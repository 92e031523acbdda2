package ee.hankevoog.retention;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.notification.Outbox;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ProcessesDeployed;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention period: Camunda's history time to live on every version of both processes (the
 * engine's history cleanup then removes what is older), and the delivered or given-up e-mail of the outbox.
 */
@Component
class Retention {

    private final RetentionSettings settings;
    private final RepositoryService repository;
    private final Outbox outbox;
    private final EngineClock clock;

    Retention(RetentionSettings settings, RepositoryService repository, Outbox outbox, EngineClock clock) {
        this.settings = settings;
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener(ProcessesDeployed.class)
    void applyToProcesses() {
        for (String key : List.of(ContractProcess.LIFECYCLE, ContractProcess.TRAINING_GROUP)) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .list()) {
                if (!Integer.valueOf(settings.days()).equals(definition.getHistoryTimeToLive())) {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), settings.days());
                }
            }
        }
    }

    /** Deletes e-mail delivered or given up on longer ago than the retention period; returns how many. */
    @Scheduled(cron = "${hankevoog.retention.cron:0 30 2 * * *}")
    public int purgeOutbox() {
        return outbox.purgeFinishedBefore(clock.now().minusDays(settings.days()));
    }
}
