package ee.hankevoog.notification;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** Where each of these e-mails stands, by key, in one query (a page asks for many); a key not queued is left out. */
    public Map<String, Sending> sendingOf(Collection<String> idempotencyKeys) {
        if (idempotencyKeys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select idempotency_key, status, sent_at from email_message where idempotency_key in (:keys)")
                .param("keys", idempotencyKeys)
                .query((row, n) -> Map.entry(row.getString(1), new Sending(EmailStatus.valueOf(row.getString(2)),
                        row.getObject(3, LocalDateTime.class))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The contract's e-mails for its page, oldest first: who, what and where each stands, not bodies or files. */
    public List<LoggedEmail> logOf(String contractNumber) {
        return jdbc.sql("select created_at, recipient, subject, status from email_message"
                        + " where contract_number = :number order by id")
                .param("number", contractNumber)
                .query((row, n) -> new LoggedEmail(row.getObject(1, LocalDateTime.class), row.getString(2),
                        row.getString(3), EmailStatus.valueOf(row.getString(4))))
                .list();
    }

    public record LoggedEmail(LocalDateTime createdAt, String recipient, String subject, EmailStatus status) {
    }

    /** An e-mail's state: queued, being sent, sent (and when) or given up on. */
    public record Sending(EmailStatus status, LocalDateTime sentAt) {
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
