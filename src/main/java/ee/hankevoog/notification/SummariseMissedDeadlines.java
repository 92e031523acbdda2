package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRegistered;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
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

    private final DeadlineBoard board;
    private final MailText text;
    private final Outbox outbox;

    SummariseMissedDeadlines(DeadlineBoard board, MailText text, Outbox outbox) {
        this.board = board;
        this.text = text;
        this.outbox = outbox;
    }

    @EventListener
    void onRegistered(ContractRegistered registered) {
        Contract contract = registered.contract();
        LocalDate on = contract.registeredOn();
        // overdue only: a date agreement registered as done is met, and a cancellation right is not a duty
        List<Deadline> missed = board.of(contract).stream().filter(state -> state.status() == DeadlineStatus.OVERDUE)
                .map(DeadlineBoard.DeadlineState::deadline).toList();
        if (!missed.isEmpty()) {
            outbox.queue("missed:" + contract.number(), text.missedAtRegistration(contract, on, missed,
                    contract.contact().email()));
        }
    }
}
