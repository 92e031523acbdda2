package ee.hankevoog.deadline;

import ee.hankevoog.contract.Contract;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When materials reached the customer: a delivery is what was sent, so its e-mail decides, not the task's completion.
 * One whose e-mail failed for good is not delivered; sent again, it is delivered when the resend went out.
 */
public interface DeliveryEvidence {

    /** The contract's deliveries and their e-mails, read at once for all its deadlines. */
    Delivered of(Contract contract);

    interface Delivered {

        /** The day the materials meeting this deadline were sent (or left for sending); empty while none were. */
        Optional<LocalDate> on(Deadline deadline);
    }
}
