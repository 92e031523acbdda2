package ee.hankevoog.retention;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import ee.hankevoog.notification.EmailStatus;
import ee.hankevoog.notification.Letter;
import ee.hankevoog.notification.Outbox;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@HankevoogTest
class RetentionTest {

    @Autowired
    Retention retention;
    @Autowired
    RetentionSettings settings;
    @Autowired
    RepositoryService repository;
    @Autowired
    Outbox outbox;
    @Autowired
    EmailMessageRepository messages;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void keepsProcessHistoryForTheRetentionPeriod() {
        assertThat(repository.createProcessDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(settings.days()));
    }

    @Test
    void deletesOutboxMessagesOnlyOnceTheRetentionPeriodIsOver() {
        ProcessDriver.setClock(LocalDate.parse("2020-01-06"));
        transaction.executeWithoutResult(status -> outbox.queue("retention:old", new Letter("RT-1", null,
                "REMINDER", null, "tiit@example.ee", "Old reminder", "Body")));

        ProcessDriver.setClock(LocalDate.parse("2020-01-06").plusDays(settings.days() - 1));
        retention.purgeOutbox();
        assertThat(messages.findByContractNumberOrderById("RT-1")).as("queued messages are never purged")
                .extracting(EmailMessage::status).containsExactly(EmailStatus.QUEUED);

        jdbc.sql("update email_message set status = 'SENT' where contract_number = 'RT-1'").update();
        ProcessDriver.setClock(LocalDate.parse("2020-01-06").plusDays(settings.days() + 1));
        assertThat(retention.purgeOutbox()).isGreaterThanOrEqualTo(1);
        assertThat(messages.findByContractNumberOrderById("RT-1")).isEmpty();
    }
}
