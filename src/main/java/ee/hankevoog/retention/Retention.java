package ee.hankevoog.retention;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractProcess;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the retention period: Camunda's history time to live on every version of both processes (the
 * engine's history cleanup then removes what is older), and the delivered or given-up e-mail of the outbox.
 */
@Component
public class Retention {

    private final RetentionSettings settings;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final EngineClock clock;

    Retention(RetentionSettings settings, RepositoryService repository, JdbcClient jdbc, EngineClock clock) {
        this.settings = settings;
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void applyToProcesses() {
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
    @Transactional
    public int purgeOutbox() {
        String purged = "select id from email_message where status in ('SENT', 'FAILED') and created_at < :limit";
        jdbc.sql("delete from email_attachment where email_message in (" + purged + ")")
                .param("limit", clock.now().minusDays(settings.days()))
                .update();
        return jdbc.sql("delete from email_message where id in (" + purged + ")")
                .param("limit", clock.now().minusDays(settings.days()))
                .update();
    }
}
