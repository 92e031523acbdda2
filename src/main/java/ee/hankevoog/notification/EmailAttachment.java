package ee.hankevoog.notification;

import org.springframework.data.relational.core.mapping.Table;

/** A stored document that goes with an e-mail; the outbox reads its bytes only when it sends. */
@Table("email_attachment")
record EmailAttachment(Long documentId) {
}
