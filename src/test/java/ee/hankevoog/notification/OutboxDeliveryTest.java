package ee.hankevoog.notification;

import static ee.hankevoog.ProcessDriver.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.TestContracts;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.document.Documents;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@HankevoogTest
class OutboxDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    EmailMessageRepository messages;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxSettings settings;
    @Autowired
    EngineClock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    Documents documents;
    @Autowired
    TellOfficersMaterialsUndelivered undelivered;

    String contract;

    @BeforeEach
    void startAtNine(TestInfo test) {
        setClock(LocalDateTime.parse("2026-03-20T09:00"));
        contract = "OB-" + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void deliversAMessageQueuedWhileSmtpWasDownOnceItIsBack() {
        queue("reminder:1");
        smtp.stop();

        assertThat(dispatcher.deliverDue()).isZero();
        EmailMessage waiting = only();
        assertThat(waiting.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();

        smtp.start();
        assertThat(dispatcher.deliverDue()).as("not before the retry delay").isZero();
        setClock(LocalDateTime.parse("2026-03-20T09:01"));
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        assertThat(dispatcher.deliverDue()).isZero();

        assertThat(ReceivedMail.about(smtp, contract)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Subject of " + contract));
        assertThat(only().status()).isEqualTo(EmailStatus.SENT);
        assertThat(only().sentAt()).isEqualTo("2026-03-20T09:01");
    }

    @Test
    void sendsAMessageWhoseNodeDiedAfterClaimingIt() {
        queue("reminder:claimed");
        jdbc.sql("update email_message set status = 'SENDING', attempts = 1, next_attempt_at = :until"
                + " where contract_number = :contract").param("until", LocalDateTime.parse("2026-03-20T09:05"))
                .param("contract", contract).update();

        assertThat(dispatcher.deliverDue()).as("the claim has not run out yet").isZero();
        setClock(LocalDateTime.parse("2026-03-20T09:06"));
        assertThat(dispatcher.deliverDue()).isEqualTo(1);

        assertThat(ReceivedMail.about(smtp, contract)).hasSize(1);
        assertThat(only().status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void sendsEachMessageOnceWhenDispatchersRaceForThem() throws Exception {
        // a contract's row serialises the audit records of its messages' outcomes
        registration.register(TestContracts.reference(contract));
        dispatcher.deliverDue();
        for (int i = 0; i < 20; i++) {
            queue("reminder:race-" + i);
        }
        // four nodes: a dispatcher and an SMTP connection each, on one database
        List<OutboxDispatcher> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            nodes.add(dispatcherSendingTo(ServerSetupTest.SMTP.getPort()));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxDispatcher node : nodes) {
                sent.add(threads.submit(() -> node.deliverDue() + node.deliverDue()));
            }
            int total = 0;
            for (Future<Integer> each : sent) {
                total += each.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(20);
        } finally {
            threads.shutdownNow();
            nodes.forEach(OutboxDispatcher::closeConnection);
        }

        assertThat(ReceivedMail.about(smtp, contract)).filteredOn(mail -> mail.subject().startsWith("Subject of"))
                .hasSize(20);
        assertThat(messages.findByContractNumberOrderById(contract)).filteredOn(m -> m.kind().equals("REMINDER"))
                .hasSize(20).allSatisfy(message -> {
                    assertThat(message.status()).isEqualTo(EmailStatus.SENT);
                    assertThat(message.attempts()).isEqualTo(1);
                });
    }

    @Test
    void startsARoundOnANodeOnlyWhenItsRoundInProgressHasEnded() throws Exception {
        queue("reminder:held");
        AtomicInteger sent = new AtomicInteger();
        try (SmtpRelay held = SmtpRelay.held(ServerSetupTest.SMTP.getPort())) {
            OutboxDispatcher node = dispatcherSendingTo(held.port());
            Thread poller = daemon(() -> sent.addAndGet(node.deliverDue()));
            Thread simulation = daemon(() -> sent.addAndGet(node.deliverDue()));
            try {
                poller.start();
                await("the poller's claim").atMost(Duration.ofSeconds(30))
                        .until(() -> only().status() == EmailStatus.SENDING);
                // the demo's simulation moves the engine clock past that claim and delivers, on the same node
                setClock(LocalDateTime.parse("2026-03-20T09:10"));
                simulation.start();
                await("the simulation's round waiting").atMost(Duration.ofSeconds(30))
                        .until(() -> simulation.getState() == Thread.State.BLOCKED);
                assertThat(only().attempts()).as("claimed by the poller alone").isEqualTo(1);
            } finally {
                held.release();
                poller.join(30_000);
                simulation.join(30_000);
                node.closeConnection();
            }
        }
        assertThat(sent).hasValue(1);
        assertThat(ReceivedMail.about(smtp, contract)).hasSize(1);
        assertThat(only().status()).isEqualTo(EmailStatus.SENT);
        assertThat(only().attempts()).isEqualTo(1);
    }

    @Test
    void sendsTheRestOfABatchWhenOneOfItCannotBeSent() {
        queue("reminder:before");
        transaction.executeWithoutResult(status -> outbox.queue(contract + ":reminder:two-recipients",
                new Letter(contract, "W1", "REMINDER", null, "tiit@example.ee, mari@example.ee", "Subject of "
                        + contract, "Body")));
        queue("reminder:after");

        assertThat(dispatcher.deliverDue()).isEqualTo(2);

        assertThat(ReceivedMail.about(smtp, contract)).hasSize(2);
        assertThat(messages.findByContractNumberOrderById(contract)).extracting(EmailMessage::status)
                .containsExactly(EmailStatus.SENT, EmailStatus.QUEUED, EmailStatus.SENT);
        assertThat(messages.findByContractNumberOrderById(contract).get(1).lastError()).contains("Illegal address");
    }

    @Test
    void queuesNothingNewForAKeyItHasAlreadySeen() {
        queue("reminder:same-step");
        queue("reminder:same-step");

        dispatcher.deliverDue();

        assertThat(messages.findByContractNumberOrderById(contract)).hasSize(1);
        assertThat(ReceivedMail.about(smtp, contract)).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptAndKeepsTheFailureVisible() {
        queue("reminder:2");
        smtp.stop();

        for (int attempt = 0; attempt < 8; attempt++) {
            dispatcher.deliverDue();
            setClock(LocalDateTime.parse("2026-03-20T09:00").plusDays(attempt + 1));
        }

        assertThat(only().status()).isEqualTo(EmailStatus.FAILED);
        assertThat(only().attempts()).isEqualTo(8);
        assertThat(only().lastError()).isNotBlank();
    }

    @Test
    void givesTheSameMessageIdToTheSameMessage() {
        queue("reminder:3");
        dispatcher.deliverDue();

        assertThat(ReceivedMail.about(smtp, contract)).singleElement().extracting(ReceivedMail::messageId)
                .asString().matches("<[0-9a-f]{64}@hankevoog>");
    }

    @Test
    void queuesOnlyInsideTheTransactionOfTheStepThatCausesTheMessage() {
        assertThatThrownBy(() -> outbox.queue("outside", letter()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    /** Another node's dispatcher: the same database and settings, its own SMTP connection to this port. */
    private OutboxDispatcher dispatcherSendingTo(int port) {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
        // as the application's sender: a server that stops answering fails the attempt instead of hanging the test
        server.getJavaMailProperties().putAll(Map.of("mail.smtp.connectiontimeout", "10000", "mail.smtp.timeout",
                "30000", "mail.smtp.writetimeout", "30000"));
        return new OutboxDispatcher(messages, server, settings, clock, audit, transaction, documents, undelivered);
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        return thread;
    }

    private void queue(String key) {
        transaction.executeWithoutResult(status -> outbox.queue(contract + ":" + key, letter()));
    }

    private Letter letter() {
        return new Letter(contract, "W1", "REMINDER", null, "tiit@example.ee", "Subject of " + contract, "Body");
    }

    private EmailMessage only() {
        return messages.findByContractNumberOrderById(contract).stream().reduce((a, b) -> {
            throw new AssertionError("more than one message");
        }).orElseThrow();
    }
}
