package ee.hankevoog.notification;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues e-mail in the caller's transaction, so a message exists exactly when its process step committed. */
@Component
public class Outbox {

    private final EmailMessageRepository messages;
    private final EngineClock clock;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    Outbox(EmailMessageRepository messages, EngineClock clock, AuditTrail audit, JdbcClient jdbc) {
        this.messages = messages;
        this.clock = clock;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The e-mail queued under this key, as it stands now. */
    public Optional<EmailMessage> find(String idempotencyKey) {
        return messages.findByIdempotencyKey(idempotencyKey);
    }

    /** Deletes e-mail delivered or given up on before {@code limit}, with its attachments; returns how many. */
    @Transactional
    public int purgeFinishedBefore(LocalDateTime limit) {
        String finished = "select id from email_message where status in ('SENT', 'FAILED') and created_at < :limit";
        jdbc.sql("delete from email_attachment where email_message in (" + finished + ")").param("limit", limit)
                .update();
        return jdbc.sql("delete from email_message where id in (" + finished + ")").param("limit", limit).update();
    }

    /**
     * @param idempotencyKey names the cause of the message (the step and the recipient), so that a step that
     *                       runs again queues nothing new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String idempotencyKey, Letter letter) {
        if (messages.existsByIdempotencyKey(idempotencyKey)) {
            return;
        }
        EmailMessage queued = messages.save(new EmailMessage(idempotencyKey, letter.contractNumber(),
                letter.groupCode(), letter.kind(), letter.taskId(), letter.recipient(), letter.subject(), letter.body(),
                clock.now()).withAttachments(letter.attachedDocuments()));
        audit.append(queued.contractNumber(), AuditKind.EMAIL_QUEUED, queued.groupCode(),
                "Queued " + queued.kind() + " e-mail to " + queued.recipient() + ": " + queued.subject(),
                queued.auditDetails());
    }
}
