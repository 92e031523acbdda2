package ee.hankevoog.notification;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued e-mail over SMTP. Each message is claimed first (one conditional update of its row), so two
 * nodes never send the same one; a failure is retried with backoff until the attempts run out. Messages that
 * follow each other closely share a connection ({@link SmtpConnection}).
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Well below the few minutes mail servers give an idle client (RFC 5321 asks for five at least). */
    private static final Duration KEPT_CONNECTION_IDLE = Duration.ofSeconds(10);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader, a search of the whole class path, at every
        // encoded header and body part (jakartaee/mail-api#861): most of an e-mail's sending time. Named here, it is
        // loaded by name instead. An operator's own setting stays.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final EmailMessageRepository messages;
    private final JavaMailSenderImpl mailSender;
    private final SmtpConnection smtp;
    private final OutboxSettings settings;
    private final EngineClock clock;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Documents documents;
    private final TellOfficersMaterialsUndelivered undelivered;

    OutboxDispatcher(EmailMessageRepository messages, JavaMailSenderImpl mailSender, OutboxSettings settings,
            EngineClock clock, AuditTrail audit, TransactionTemplate transaction, Documents documents,
            TellOfficersMaterialsUndelivered undelivered) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.smtp = new SmtpConnection(mailSender, KEPT_CONNECTION_IDLE);
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.transaction = transaction;
        this.documents = documents;
        this.undelivered = undelivered;
    }

    /**
     * Sends what is due now; returns how many messages went out. A message still marked as sending whose claim has
     * run out is due again: its node died before it reported back. Each message's outcome is stored as soon as it
     * is sent, so that a node dying while it sends leaves at most that one message to go again (with the same
     * Message-ID). One round at a time on a node: the demo's simulation delivers too, and moves the engine clock
     * past the claims of a round the poller has not finished, which would make its messages due again at once.
     */
    public synchronized int deliverDue() {
        int sent = 0;
        for (long id : messages.findDue(clock.now(), settings.batchSize())) {
            // another node may have claimed or sent it since the list was read
            Optional<EmailMessage> claimed = claim(id);
            Optional<MimeMessage> mime = claimed.flatMap(this::build);
            if (mime.isPresent()) {
                sent += send(mime.get(), claimed.get()) ? 1 : 0;
            }
        }
        smtp.closeIfIdle();
        return sent;
    }

    @PreDestroy
    void closeConnection() {
        smtp.close();
    }

    /** The message as it goes out, or empty when it cannot be built: then that is the attempt's failure. */
    private Optional<MimeMessage> build(EmailMessage message) {
        try {
            return Optional.of(mime(message));
        } catch (MessagingException | RuntimeException e) {
            record(message, () -> failed(message, e));
            return Optional.empty();
        }
    }

    /** Sends the message and records its outcome; true when it went out and that was stored. */
    private boolean send(MimeMessage mime, EmailMessage message) {
        try {
            smtp.send(mime);
        } catch (MessagingException | RuntimeException e) {
            record(message, () -> failed(message, e));
            return false;
        }
        message.sent(clock.now());
        return record(message, () -> store(message));
    }

    /**
     * An outcome that cannot be stored (another node got to the message first, the database failed) is logged and
     * does not stop the round: its message is sent again once its claim runs out.
     */
    private boolean record(EmailMessage message, Runnable outcome) {
        try {
            outcome.run();
            return true;
        } catch (RuntimeException e) {
            log.warn("Outcome of e-mail {} not recorded: {}", message.id(), e.getMessage());
            return false;
        }
    }

    /**
     * The SMTP server may have taken a message whose claim ran out already; the unchanged Message-ID lets the
     * receiving side drop such a second copy.
     */
    private Optional<EmailMessage> claim(long id) {
        LocalDateTime now = clock.now();
        return messages.claim(id, now, now.plus(settings.claimTimeout())) ? messages.findById(id) : Optional.empty();
    }

    private void failed(EmailMessage message, Exception e) {
        log.warn("E-mail {} to {} not delivered (attempt {}): {}", message.id(), message.recipient(),
                message.attempts(), e.getMessage());
        message.failed(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), clock.now(), settings);
        store(message);
    }

    /** Stores the outcome of an attempt and, in the same transaction, tells the audit chain how it ended. */
    private void store(EmailMessage message) {
        transaction.executeWithoutResult(status -> {
            if (!messages.recordAttempt(message.id(), message.version(), message.status().name(),
                    message.nextAttemptAt(), message.sentAt(), message.lastError())) {
                throw new OptimisticLockingFailureException("E-mail " + message.id() + " was changed by another"
                        + " node since it was claimed here");
            }
            switch (message.status()) {
                case SENT -> audit(message, AuditKind.EMAIL_SENT, "Sent");
                case FAILED -> {
                    audit(message, AuditKind.EMAIL_FAILED, "Gave up on");
                    undelivered.gaveUpOn(message);
                }
                default -> {
                    // an attempt that will be retried stays on the message alone
                }
            }
        });
    }

    private void audit(EmailMessage message, AuditKind outcome, String verb) {
        audit.append(message.contractNumber(), outcome, message.groupCode(), verb + " " + message.kind()
                + " e-mail to " + message.recipient() + ": " + message.subject(), message.auditDetails());
    }

    private MimeMessage mime(EmailMessage message) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        boolean withFiles = !message.attachedDocuments().isEmpty();
        MimeMessageHelper helper = new MimeMessageHelper(mime, withFiles, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body());
        for (Long id : message.attachedDocuments()) {
            attach(helper, id);
        }
        // the same key always gives the same Message-ID, so a receiver can drop a duplicate delivery;
        // JavaMailSenderImpl keeps an explicit Message-ID when it saves the message
        mime.setHeader("Message-ID", "<" + DigestUtils.sha256Hex(message.idempotencyKey()) + "@hankevoog>");
        mime.setHeader("X-Hankevoog-Contract", message.contractNumber());
        return mime;
    }

    private void attach(MimeMessageHelper helper, long documentId) throws MessagingException {
        StoredDocument document = documents.find(documentId).orElseThrow();
        if (document.isDeleted()) {
            throw new MessagingException("Attachment " + document.fileName() + " was deleted on "
                    + document.deletedAt() + " by " + document.deletedBy() + "; the e-mail cannot be sent with it");
        }
        helper.addAttachment(document.fileName(), new ByteArrayResource(documents.content(document)),
                document.mediaType());
        // a file that happens to be plain ASCII would go as 7bit text, and SMTP would rewrite its line endings
        MimeMultipart parts = helper.getRootMimeMultipart();
        parts.getBodyPart(parts.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
    }
}
