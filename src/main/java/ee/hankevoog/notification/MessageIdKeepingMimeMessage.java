package ee.hankevoog.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Jakarta Mail replaces the Message-ID on save; this keeps ours, which is derived from the outbox key. */
class MessageIdKeepingMimeMessage extends MimeMessage {

    private final String messageId;

    MessageIdKeepingMimeMessage(MimeMessage source) throws MessagingException {
        super(source);
        this.messageId = source.getHeader("Message-ID", null);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
