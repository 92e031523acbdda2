package ee.hankevoog.materials;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeliveryEvidence;
import ee.hankevoog.notification.EmailStatus;
import ee.hankevoog.notification.Outbox;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A delivery counts from its e-mail: sent, on the day it went (a resend's day, if the first failed); still in the
 * outbox, on the day it was handed over; given up on, not at all, so the board shows the materials as not delivered.
 * A contract's deliveries and their e-mails are read in two queries whatever the number of its deadlines.
 */
@Component
class MaterialsSentByEmail implements DeliveryEvidence {

    /** The outbox key of a delivery's e-mail: one e-mail per materials task. */
    static String emailKey(String taskId) {
        return "materials:" + taskId;
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;

    MaterialsSentByEmail(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Delivered of(Contract contract) {
        // a delivery whose materials were asked for again no longer meets its deadline
        List<Delivery> deliveries = jdbc.sql("select group_code, block_index, task_id, delivered_at"
                        + " from materials_delivery where contract_number = :number and requested_again_on is null")
                .param("number", contract.number())
                .query((row, n) -> new Delivery(row.getString(1), row.getInt(2), row.getString(3),
                        row.getObject(4, LocalDateTime.class)))
                .list();
        Map<String, Outbox.Sending> emails = outbox.sendingOf(deliveries.stream()
                .map(delivery -> emailKey(delivery.taskId())).toList());
        return deadline -> deliveries.stream()
                .filter(delivery -> delivery.groupCode().equals(deadline.group()))
                .filter(delivery -> deadline.itemIndex() == null
                        || Objects.equals(deadline.itemIndex(), delivery.blockIndex()))
                .map(delivery -> sentOn(delivery, emails.get(emailKey(delivery.taskId()))))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> sentOn(Delivery delivery, Outbox.Sending email) {
        if (email == null) {
            return Optional.of(delivery.deliveredAt().toLocalDate());
        }
        if (email.status() == EmailStatus.FAILED) {
            return Optional.empty();
        }
        return Optional.of(email.status() == EmailStatus.SENT ? email.sentAt().toLocalDate()
                : delivery.deliveredAt().toLocalDate());
    }

    private record Delivery(String groupCode, int blockIndex, String taskId, LocalDateTime deliveredAt) {
    }
}
