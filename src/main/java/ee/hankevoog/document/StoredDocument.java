package ee.hankevoog.document;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A file kept for a contract: what it is, its size and checksum, who stored it and, once gone, who deleted it. */
public class StoredDocument {

    /** Who deleted a file whose retention period ended. */
    public static final String RETENTION = "retention";

    @Id
    private Long id;
    private final String contractNumber;
    private final String groupCode;
    private final DocumentKind kind;
    private DocumentStatus status;
    private final String fileName;
    private final String mediaType;
    private final Long sizeBytes;
    private final String sha256;
    private final String storedBy;
    private final LocalDateTime storedAt;
    private String deletedBy;
    private LocalDateTime deletedAt;
    @Version
    private Integer version;

    StoredDocument(String contractNumber, String groupCode, DocumentKind kind, String fileName, String mediaType,
            Long sizeBytes, String sha256, String storedBy, LocalDateTime storedAt) {
        this.contractNumber = contractNumber;
        this.groupCode = groupCode;
        this.kind = kind;
        this.status = kind == DocumentKind.HANDOVER_ACT ? DocumentStatus.DRAFT : DocumentStatus.STORED;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedBy = storedBy;
        this.storedAt = storedAt;
    }

    /**
     * Evidence that the contract was performed, which the customer keeps for its retention period: materials as they
     * were delivered, and accepted acts. Drafts and returned acts are superfluous once the contract is carried out.
     */
    public boolean mustBeKept() {
        return kind == DocumentKind.HANDOVER_ACT ? status == DocumentStatus.ACCEPTED : status == DocumentStatus.STORED;
    }

    public boolean isDeleted() {
        return status == DocumentStatus.DELETED;
    }

    /** A PDF stored before it was laid out: it has no size nor checksum until {@link PdfsToWrite} writes it. */
    public boolean isBeingWritten() {
        return sha256 == null && !isDeleted();
    }

    void accepted() {
        requireDraft();
        status = DocumentStatus.ACCEPTED;
    }

    void returned() {
        requireDraft();
        status = DocumentStatus.RETURNED;
    }

    private void requireDraft() {
        if (kind != DocumentKind.HANDOVER_ACT || status != DocumentStatus.DRAFT) {
            throw new IllegalStateException("Document " + id + " is a " + kind + " in status " + status
                    + "; only a draft handover act can be accepted or returned");
        }
    }

    void deleted(String by, LocalDateTime at) {
        if (mustBeKept()) {
            throw new IllegalStateException("Document " + id + " (" + fileName + ") is evidence that the contract was"
                    + " performed, kept until its retention period ends");
        }
        gone(by, at);
    }

    /** The evidence's retention period is over: the file goes like any other, by the retention job. */
    void retentionEnded(LocalDateTime at) {
        gone(RETENTION, at);
    }

    private void gone(String by, LocalDateTime at) {
        status = DocumentStatus.DELETED;
        deletedBy = by;
        deletedAt = at;
    }

    /** The file's size and checksum, as the audit trail names them, or that its PDF was never written. */
    public String sizeAndChecksum() {
        return sha256 == null ? "its PDF never written" : Sizes.readable(sizeBytes) + ", SHA-256 " + sha256;
    }

    /** What the audit trail keeps of the file: enough to prove which file it was, never its content. */
    public Map<String, Object> auditDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", id);
        details.put("kind", kind.name());
        details.put("fileName", fileName);
        details.put("mediaType", mediaType);
        details.put("sizeBytes", sizeBytes);
        details.put("sha256", sha256);
        details.put("storedBy", storedBy);
        details.put("storedAt", storedAt.toString());
        if (deletedAt != null) {
            details.put("deletedBy", deletedBy);
            details.put("deletedAt", deletedAt.toString());
        }
        return details;
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

    public DocumentKind kind() {
        return kind;
    }

    public DocumentStatus status() {
        return status;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Null while the file {@linkplain #isBeingWritten() is being written}, as its checksum. */
    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storedBy() {
        return storedBy;
    }

    public LocalDateTime storedAt() {
        return storedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }

    public LocalDateTime deletedAt() {
        return deletedAt;
    }
}
