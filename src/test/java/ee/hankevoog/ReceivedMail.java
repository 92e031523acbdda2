package ee.hankevoog;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A message GreenMail received, read once so that assertions need not handle MessagingException. */
public record ReceivedMail(String recipient, String subject, String body, String contract, String messageId) {

    public static List<ReceivedMail> about(GreenMailExtension smtp, String contractNumber) {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of)
                .filter(mail -> contractNumber.equals(mail.contract()))
                .toList();
    }

    private static ReceivedMail of(MimeMessage message) {
        try {
            return new ReceivedMail(message.getAllRecipients()[0].toString(), message.getSubject(),
                    String.valueOf(message.getContent()), message.getHeader("X-Hankevoog-Contract", null),
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
