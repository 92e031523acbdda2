package ee.hankevoog.materials;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeliveryEvidence;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailStatus;
import ee.hankevoog.notification.Outbox;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A delivery counts from its e-mail: sent, on the day it went (a resend's day, if the first failed); still in the
 * outbox, on the day it was handed over; given up on, not at all, so the board shows the materials as not delivered.
 */
@Component
class MaterialsSentByEmail implements DeliveryEvidence {

    /** The outbox key of a delivery's e-mail: one e-mail per materials task. */
    static String emailKey(String taskId) {
        return "materials:" + taskId;
    }

    private final MaterialsDeliveryRepository deliveries;
    private final Outbox outbox;

    MaterialsSentByEmail(MaterialsDeliveryRepository deliveries, Outbox outbox) {
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    @Override
    public Optional<LocalDate> deliveredOn(Contract contract, Deadline deadline) {
        return deliveries.findByContractNumberAndGroupCodeOrderById(contract.number(), deadline.group()).stream()
                .filter(delivery -> !delivery.requestedAgain())
                .filter(delivery -> deadline.itemIndex() == null
                        || Objects.equals(deadline.itemIndex(), delivery.blockIndex()))
                .map(this::sentOn)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private Optional<LocalDate> sentOn(MaterialsDelivery delivery) {
        Optional<EmailMessage> email = outbox.find(emailKey(delivery.taskId()));
        if (email.isEmpty()) {
            return Optional.of(delivery.deliveredAt().toLocalDate());
        }
        EmailStatus status = email.get().status();
        if (status == EmailStatus.FAILED) {
            return Optional.empty();
        }
        return Optional.of(status == EmailStatus.SENT ? email.get().sentAt().toLocalDate()
                : delivery.deliveredAt().toLocalDate());
    }
}
