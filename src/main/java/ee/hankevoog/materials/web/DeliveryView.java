package ee.hankevoog.materials.web;

import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.materials.MaterialsDelivery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A delivery as the API shows it: the e-mail's recipient, the files with their checksums, and the deadline.
 *
 * @param requestedAgainOn the day an officer asked for these materials again, when the group's days moved
 */
record DeliveryView(long id, String contractNumber, String group, int block, String taskId, String recipient,
        String deliveredBy, LocalDateTime deliveredAt, LocalDate dueOn, boolean onTime, List<FileView> files,
        LocalDate requestedAgainOn) {

    record FileView(long documentId, String fileName, String mediaType, long sizeBytes, String sha256,
            boolean deleted) {
    }

    static DeliveryView of(MaterialsDelivery delivery, Documents documents) {
        return new DeliveryView(delivery.id(), delivery.contractNumber(), delivery.groupCode(),
                delivery.blockIndex() + 1, delivery.taskId(), delivery.recipient(), delivery.deliveredBy(),
                delivery.deliveredAt(), delivery.dueOn(), delivery.onTime(), delivery.documentIds().stream()
                        .map(id -> documents.find(id).orElseThrow()).map(DeliveryView::file).toList(),
                delivery.requestedAgainOn());
    }

    private static FileView file(StoredDocument document) {
        return new FileView(document.id(), document.fileName(), document.mediaType(), document.sizeBytes(),
                document.sha256(), document.isDeleted());
    }
}
