package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRegistered;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineSchedule;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A contract registered after some of its deadlines passed (signed weeks ago, say) gets one summary to its contact
 * person listing them, instead of a reminder and an escalation for each: those are not sent for a deadline that had
 * passed before Hankevoog knew the contract. The board shows them as missed.
 */
@Component
class SummariseMissedDeadlines {

    private final DeadlineSchedule schedule;
    private final MailText text;
    private final Outbox outbox;

    SummariseMissedDeadlines(DeadlineSchedule schedule, MailText text, Outbox outbox) {
        this.schedule = schedule;
        this.text = text;
        this.outbox = outbox;
    }

    @EventListener
    void onRegistered(ContractRegistered registered) {
        Contract contract = registered.contract();
        LocalDate on = contract.registeredOn();
        List<Deadline> missed = schedule.of(contract).stream().filter(deadline -> deadline.due().isBefore(on))
                .toList();
        if (!missed.isEmpty()) {
            outbox.queue("missed:" + contract.number(), text.missedAtRegistration(contract, on, missed,
                    contract.contact().email()));
        }
    }
}
