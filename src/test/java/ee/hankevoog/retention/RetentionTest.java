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
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
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

    /**
     * A process's history goes once its time to live has passed since the instance ended: a probe process that
     * lives a day, so that no other test's history is due.
     */
    @Test
    void removesAnInstancesHistoryOnceItsTimeToLiveHasPassedSinceItEnded() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("retentionProbe").camundaHistoryTimeToLive(1)
                .startEvent().receiveTask("probeWait").endEvent().done();
        String deployment = repository.createDeployment().addModelInstance("retention-probe.bpmn", probe).deploy()
                .getId();
        try {
            ProcessDriver.setClock(LocalDate.parse("2020-01-06"));
            String instance = runtime.startProcessInstanceByKey("retentionProbe").getId();
            identity.setAuthentication("testadmin", List.of(Groups.CAMUNDA_ADMIN));
            try {
                // a user operation: its log entry is personal data, and goes with the rest
                runtime.setVariable(instance, "probeNote", "set by hand");
            } finally {
                identity.clearAuthentication();
            }
            runtime.signal(instance);
            assertThat(history.createUserOperationLogQuery().processInstanceId(instance).count()).isPositive();

            ProcessDriver.setClock(LocalDateTime.parse("2020-01-06T20:00"));
            cleanUpHistory();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();

            ProcessDriver.setClock(LocalDate.parse("2020-01-08"));
            cleanUpHistory();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(history.createUserOperationLogQuery().processInstanceId(instance).count()).isZero();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private void cleanUpHistory() {
        management.executeJob(history.cleanUpHistoryAsync(true).getId());
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
