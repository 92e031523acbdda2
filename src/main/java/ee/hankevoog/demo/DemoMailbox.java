package ee.hankevoog.demo;

import com.icegreen.greenmail.util.GreenMail;
import ee.hankevoog.calendar.EngineClock;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's mailbox: what the embedded SMTP server received, newest first, so that a newcomer sees a reminder
 * the moment the clock moves. Only in the demo profile, where that server runs; officers and administrators.
 */
@Controller
@Profile("demo")
class DemoMailbox {

    private final GreenMail smtp;
    private final ZoneId zone;

    DemoMailbox(GreenMail smtp, EngineClock clock) {
        this.smtp = smtp;
        this.zone = clock.zone();
    }

    @GetMapping("/demo/mailbox")
    String mailbox(Model model) throws MessagingException, IOException {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mails.add(0, read(message));
        }
        model.addAttribute("mails", mails);
        return "mailbox";
    }

    private Mail read(MimeMessage message) throws MessagingException, IOException {
        List<String> attachments = new ArrayList<>();
        String text = text(message, attachments);
        LocalDateTime received = message.getReceivedDate() != null
                ? LocalDateTime.ofInstant(message.getReceivedDate().toInstant(), zone)
                : message.getSentDate() != null ? LocalDateTime.ofInstant(message.getSentDate().toInstant(), zone)
                : null;
        Address[] to = message.getAllRecipients();
        return new Mail(received, to == null ? "" : Arrays.stream(to).map(Address::toString)
                .collect(Collectors.joining(", ")), message.getSubject(), text, attachments);
    }

    /** The first plain-text part is the letter; every part with a file name is an attachment. */
    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (part.getFileName() != null) {
            attachments.add(part.getFileName());
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return GreenMailUtil.getBody(part).isEmpty() ? "" : String.valueOf(part.getContent());
        }
        String found = null;
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String text = text(child, attachments);
                if (found == null) {
                    found = text;
                }
            }
        }
        return found;
    }

    record Mail(LocalDateTime received, String to, String subject, String text, List<String> attachments) {
    }
}
