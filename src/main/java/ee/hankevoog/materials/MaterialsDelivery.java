package ee.hankevoog.materials;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One block's materials as delivered: which files went to whom, sent by whom and when, against which deadline. */
public class MaterialsDelivery {

    @Id
    private Long id;
    private final String contractNumber;
    private final String groupCode;
    private final int blockIndex;
    private final String taskId;
    private final String recipient;
    private final String deliveredBy;
    private final LocalDateTime deliveredAt;
    private final LocalDate dueOn;
    @MappedCollection(idColumn = "materials_delivery", keyColumn = "position")
    private final List<DeliveredFile> files;
    private LocalDate requestedAgainOn;

    MaterialsDelivery(String contractNumber, String groupCode, int blockIndex, String taskId, String recipient,
            String deliveredBy, LocalDateTime deliveredAt, LocalDate dueOn, List<DeliveredFile> files) {
        this.contractNumber = contractNumber;
        this.groupCode = groupCode;
        this.blockIndex = blockIndex;
        this.taskId = taskId;
        this.recipient = recipient;
        this.deliveredBy = deliveredBy;
        this.deliveredAt = deliveredAt;
        this.dueOn = dueOn;
        this.files = files;
    }

    /** The officer asked for these materials again: they stay on record but no longer meet the deadline. */
    void requestAgain(LocalDate on) {
        if (requestedAgainOn == null) {
            requestedAgainOn = on;
        }
    }

    public boolean requestedAgain() {
        return requestedAgainOn != null;
    }

    public LocalDate requestedAgainOn() {
        return requestedAgainOn;
    }

    /** On time means on or before the working day five working days before the block. */
    public boolean onTime() {
        return dueOn == null || !deliveredAt.toLocalDate().isAfter(dueOn);
    }

    public List<Long> documentIds() {
        return files.stream().map(DeliveredFile::documentId).toList();
    }

    public Long id() {
        return id;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public String groupCode() {
        return groupCode;
    }

    public int blockIndex() {
        return blockIndex;
    }

    public String taskId() {
        return taskId;
    }

    public String recipient() {
        return recipient;
    }

    public String deliveredBy() {
        return deliveredBy;
    }

    public LocalDateTime deliveredAt() {
        return deliveredAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    @Table("materials_delivery_file")
    record DeliveredFile(Long documentId) {
    }
}
