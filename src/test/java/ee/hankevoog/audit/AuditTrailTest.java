package ee.hankevoog.audit;

import static ee.hankevoog.process.ContractProcess.Task.GIVE_CURRICULUM_INPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.taskform.CompletionRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@HankevoogTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditVerification verification;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;

    ProcessDriver driver;

    @BeforeEach
    void registerAContract() {
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials)
                .register(TestContracts.reference("AT-" + UUID.randomUUID()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void startsTheChainWithTheRegistration() {
        ChainReport report = verification.verify(driver.number());

        assertThat(report).usingRecursiveComparison().ignoringFields("lastHash")
                .isEqualTo(new ChainReport(driver.number(), 1, true, null, null, null));
        assertThat(report.lastHash()).hasSize(64);
    }

    /** Four writers at once, each link in a transaction of its own or several links a transaction. */
    @ParameterizedTest(name = "{0} transactions of {1} links each")
    @CsvSource({"10, 1", "4, 3"})
    void keepsOneLinearChainWhenWritersAppendAtOnce(int transactionsEach, int linksEach) throws Exception {
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String group = "G" + writer;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < transactionsEach; i++) {
                        transaction.executeWithoutResult(status -> {
                            for (int link = 0; link < linksEach; link++) {
                                audit.append(driver.number(), AuditKind.EMAIL_QUEUED, group, "link " + link, Map.of());
                            }
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(verification.verify(driver.number()))
                .usingRecursiveComparison().ignoringFields("lastHash")
                .isEqualTo(new ChainReport(driver.number(), 1 + writers * transactionsEach * linksEach, true, null,
                        null, null));
    }

    @Test
    void leavesNoLinkOfARolledBackTransactionForTheNextOneToFollow() {
        transaction.executeWithoutResult(status -> {
            audit.append(driver.number(), AuditKind.EMAIL_QUEUED, null, "rolled back", Map.of());
            audit.append(driver.number(), AuditKind.EMAIL_QUEUED, null, "rolled back too", Map.of());
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> audit.append(driver.number(), AuditKind.EMAIL_QUEUED, null,
                "after the rollback", Map.of()));

        assertThat(verification.verify(driver.number()))
                .usingRecursiveComparison().ignoringFields("lastHash")
                .isEqualTo(new ChainReport(driver.number(), 2, true, null, null, null));
    }

    @Test
    void keepsNoRecordOfARefusedCompletion() {
        int before = verification.verify(driver.number()).records();
        driver.agreeDates(Map.of());

        assertThatThrownBy(() -> driver.complete(driver.openTask(GIVE_CURRICULUM_INPUT), Map.of()))
                .isInstanceOf(CompletionRefused.class);

        // the dates proposed and confirmed, and nothing of the refused curriculum input
        assertThat(verification.verify(driver.number()).records()).isEqualTo(before + 2);
    }

    @Test
    void appendsOnlyInTheTransactionOfTheEventItTellsOf() {
        assertThatThrownBy(() -> audit.append(driver.number(), AuditKind.EMAIL_SENT, null, "outside", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
