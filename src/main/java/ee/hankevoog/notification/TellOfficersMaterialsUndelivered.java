package ee.hankevoog.notification;

import org.springframework.stereotype.Component;

/**
 * Materials whose e-mail failed for good are not delivered: the officers are told, at every address but the one that
 * failed, so that someone fixes the address or the mailbox and sends the e-mail again from the contract's page.
 */
@Component
class TellOfficersMaterialsUndelivered {

    private final OfficerAddresses officers;
    private final MailText text;
    private final Outbox outbox;

    TellOfficersMaterialsUndelivered(OfficerAddresses officers, MailText text, Outbox outbox) {
        this.officers = officers;
        this.text = text;
        this.outbox = outbox;
    }

    /** Within the transaction that records the failure. */
    void gaveUpOn(EmailMessage message) {
        if (!"MATERIALS".equals(message.kind())) {
            return;
        }
        for (String officer : officers.all()) {
            if (officer.equalsIgnoreCase(message.recipient())) {
                continue;
            }
            outbox.queue("undelivered:" + message.id() + ":" + message.attempts() + ":" + officer,
                    text.materialsUndelivered(message, officer));
        }
    }
}
