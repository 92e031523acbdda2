package ee.hankevoog.notification;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One e-mail in the outbox. Written in the transaction of the process step that causes it, delivered
 * afterwards; it stays as the record of what was sent to whom, when, and with what outcome.
 */
public class EmailMessage {

    @Id
    private Long id;
    private final String idempotencyKey;
    private final String contractNumber;
    private final String groupCode;
    private final String kind;
    private final String taskId;
    private final String recipient;
    private final String subject;
    private final String body;
    private EmailStatus status;
    private int attempts;
    private LocalDateTime nextAttemptAt;
    private final LocalDateTime createdAt;
    private LocalDateTime sentAt;
    private String lastError;
    @MappedCollection(idColumn = "email_message", keyColumn = "position")
    private List<EmailAttachment> attachments = List.of();
    @Version
    private Integer version;

    public EmailMessage(String idempotencyKey, String contractNumber, String groupCode, String kind, String taskId,
            String recipient, String subject, String body, LocalDateTime createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.contractNumber = contractNumber;
        this.groupCode = groupCode;
        this.kind = kind;
        this.taskId = taskId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
        this.status = EmailStatus.QUEUED;
    }

    EmailMessage withAttachments(List<Long> documentIds) {
        attachments = documentIds.stream().map(EmailAttachment::new).toList();
        return this;
    }

    void sent(LocalDateTime now) {
        status = EmailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: try again after an exponential backoff, or give up after the last attempt. */
    void failed(String error, LocalDateTime now, OutboxSettings settings) {
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (attempts >= settings.maxAttempts()) {
            status = EmailStatus.FAILED;
            return;
        }
        status = EmailStatus.QUEUED;
        nextAttemptAt = now.plus(settings.firstRetryDelay().multipliedBy(1L << Math.min(attempts - 1, 16)));
    }

    /**
     * What the audit chain keeps of this message: the body only as its SHA-256, so that the chain proves what was
     * sent without copying every letter into it.
     */
    Map<String, Object> auditDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("messageId", id);
        details.put("idempotencyKey", idempotencyKey);
        details.put("kind", kind);
        details.put("taskId", taskId);
        details.put("recipient", recipient);
        details.put("subject", subject);
        details.put("bodySha256", DigestUtils.sha256Hex(body));
        details.put("status", status.name());
        details.put("attempts", attempts);
        if (!attachments.isEmpty()) {
            details.put("attachedDocuments", attachedDocuments());
        }
        if (lastError != null) {
            details.put("lastError", lastError);
        }
        return details;
    }


    /** An officer sends a message that failed for good once more, with a fresh round of attempts. */
    public void retry(LocalDateTime now) {
        if (status != EmailStatus.FAILED) {
            throw new IllegalStateException("E-mail " + id + " is " + status + "; only a FAILED e-mail can be retried");
        }
        status = EmailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public String groupCode() {
        return groupCode;
    }

    public String kind() {
        return kind;
    }

    public String taskId() {
        return taskId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public EmailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    Integer version() {
        return version;
    }

    public String lastError() {
        return lastError;
    }

    public List<Long> attachedDocuments() {
        return attachments.stream().map(EmailAttachment::documentId).toList();
    }
}
