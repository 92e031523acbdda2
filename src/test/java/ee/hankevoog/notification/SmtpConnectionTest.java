package ee.hankevoog.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox's kept SMTP connection, against GreenMail behind a relay that counts the connections opened. */
class SmtpConnectionTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withPerMethodLifecycle(true);

    private final AtomicLong now = new AtomicLong();
    private SmtpRelay relay;
    private JavaMailSenderImpl server;
    private SmtpConnection connection;

    @BeforeEach
    void relayToGreenMail() throws IOException {
        relay = new SmtpRelay(ServerSetupTest.SMTP.getPort());
        server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(relay.port());
        connection = new SmtpConnection(server, Duration.ofSeconds(10), now::get);
    }

    @AfterEach
    void closeAll() throws IOException {
        connection.close();
        relay.close();
    }

    @Test
    void sendsMessagesThatFollowEachOtherOverOneConnection() throws Exception {
        connection.send(message("first"));
        later(Duration.ofSeconds(9));
        connection.closeIfIdle();
        connection.send(message("second"));
        connection.send(message("third"));

        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("first", "second", "third");
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void closesAConnectionIdleLongerThanTheLimitAndOpensANewOneForTheNextMessage() throws Exception {
        connection.send(message("before the pause"));
        later(Duration.ofSeconds(11));
        connection.closeIfIdle();
        connection.send(message("after the pause"));

        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void sendsOverANewConnectionWhenTheServerClosedTheKeptOne() throws Exception {
        connection.send(message("before the restart"));
        greenMail.stop();
        greenMail.start();

        connection.send(message("after the restart"));

        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("after the restart");
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void dropsTheConnectionAfterAFailureAndSendsTheNextMessageOverANewOne() throws Exception {
        connection.send(message("sent"));
        MimeMessage noRecipient = message("no recipient");
        noRecipient.setRecipients(MimeMessage.RecipientType.TO, new InternetAddress[0]);

        assertThatThrownBy(() -> connection.send(noRecipient)).isInstanceOf(MessagingException.class)
                .hasMessageContaining("recipient");
        connection.send(message("after the failure"));

        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("sent", "after the failure");
        // the failed message was not tried again at once: the next message had the second connection
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void reportsAServerThatCannotBeReached() throws Exception {
        greenMail.stop();

        assertThatThrownBy(() -> connection.send(message("nobody listens"))).isInstanceOf(MessagingException.class);
        assertThat(relay.connections()).isEqualTo(1);
    }

    private void later(Duration pause) {
        now.addAndGet(pause.toNanos());
    }

    private MimeMessage message(String subject) throws MessagingException {
        MimeMessage message = server.createMimeMessage();
        message.setFrom("hankevoog@localhost");
        message.setRecipients(MimeMessage.RecipientType.TO, "mari@example.ee");
        message.setSubject(subject);
        message.setText(subject);
        return message;
    }
}
