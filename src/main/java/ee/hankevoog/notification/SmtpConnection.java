package ee.hankevoog.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox's connection to the mail server, kept open from one message to the next while they follow each other
 * closely: opening one (socket, greeting, EHLO, a write-timeout thread) cost more than the message it carried.
 * Messages go one at a time, each sent before its caller stores the outcome, so a node dying mid-round repeats only
 * the one it was sending. A connection idle longer than {@code idleLimit} is closed before it could go stale at the
 * server; a kept one is asked whether it still stands (SMTP's NOOP, one exchange) before it carries a message, and
 * one that failed is dropped: a failed message is never sent again at once, only at the outbox's next attempt.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final JavaMailSenderImpl server;
    private final long idleLimitNanos;
    private final LongSupplier nanoTime;
    private Transport transport;
    private long lastUsed;

    SmtpConnection(JavaMailSenderImpl server, Duration idleLimit) {
        this(server, idleLimit, System::nanoTime);
    }

    SmtpConnection(JavaMailSenderImpl server, Duration idleLimit, LongSupplier nanoTime) {
        this.server = server;
        this.idleLimitNanos = idleLimit.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Sends the message as Spring's {@code JavaMailSenderImpl} would: dated now, its Message-ID kept. */
    synchronized void send(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
        closeIfIdle();
        if (transport != null && !transport.isConnected()) {
            log.debug("The mail server closed the kept SMTP connection; opening a new one");
            close();
        }
        try {
            open().sendMessage(message, message.getAllRecipients());
            lastUsed = nanoTime.getAsLong();
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Closes the connection once it has been idle too long; the outbox's poll calls it after every round. */
    synchronized void closeIfIdle() {
        if (transport != null && nanoTime.getAsLong() - lastUsed > idleLimitNanos) {
            close();
        }
    }

    private Transport open() throws MessagingException {
        if (transport == null) {
            // as JavaMailSenderImpl.connectTransport: an empty user name (an unset placeholder) means no log-in
            boolean anonymous = server.getUsername() == null || server.getUsername().isEmpty();
            Transport opened = server.getProtocol() == null ? server.getSession().getTransport()
                    : server.getSession().getTransport(server.getProtocol());
            opened.connect(server.getHost(), server.getPort(), anonymous ? null : server.getUsername(),
                    anonymous ? null : server.getPassword());
            transport = opened;
        }
        return transport;
    }

    /** A connection that fails to close has delivered its messages already: nothing is lost. */
    @Override
    public synchronized void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("Closing the SMTP connection failed: {}", e.getMessage());
            }
            transport = null;
        }
    }
}
