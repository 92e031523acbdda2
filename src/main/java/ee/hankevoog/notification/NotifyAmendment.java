package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractAmended;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.Trainer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails each change of a contract to its trainers (those named after the change) and its contact person,
 * queued in the changing transaction: a change refused sends nothing.
 */
@Component
class NotifyAmendment {

    private final ContractLookup contracts;
    private final MailText text;
    private final Outbox outbox;

    NotifyAmendment(ContractLookup contracts, MailText text, Outbox outbox) {
        this.contracts = contracts;
        this.text = text;
        this.outbox = outbox;
    }

    @EventListener
    void onAmended(ContractAmended amended) {
        Contract contract = contracts.require(amended.contractNumber());
        Set<String> recipients = new LinkedHashSet<>();
        contract.trainers().stream().map(Trainer::email).forEach(recipients::add);
        recipients.add(contract.contact().email());
        for (String recipient : recipients) {
            outbox.queue("amendment:" + contract.number() + ":" + amended.revision() + ":" + recipient,
                    text.amendment(contract, amended, recipient));
        }
    }
}
