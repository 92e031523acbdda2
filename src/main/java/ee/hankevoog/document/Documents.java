package ee.hankevoog.document;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.taskform.PersonalCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The files kept for contracts: stored in the database beside their record, never in process variables. */
@Component("documents")
public class Documents {

    private final StoredDocumentRepository records;
    private final DocumentContents contents;
    private final DocumentTypes types;
    private final DocumentText text;
    private final DocumentLimits limits;
    private final PdfsToWrite pdfs;
    private final IdentityService identity;
    private final EngineClock clock;

    Documents(StoredDocumentRepository records, DocumentContents contents, DocumentTypes types, DocumentText text,
            DocumentLimits limits, PdfsToWrite pdfs, IdentityService identity, EngineClock clock) {
        this.records = records;
        this.contents = contents;
        this.pdfs = pdfs;
        this.types = types;
        this.text = text;
        this.limits = limits;
        this.identity = identity;
        this.clock = clock;
    }

    /** Checks one delivery's files against the size and type rules before any of them is stored. */
    public List<String> check(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "No files",
                    "Attach at least one file (multipart form field 'files').");
        }
        if (uploads.size() > limits.maxFiles()) {
            throw new DocumentRefused(HttpStatus.PAYLOAD_TOO_LARGE, "Too many files", uploads.size()
                    + " files sent; one delivery takes at most " + limits.maxFiles() + ". Combine them into fewer.");
        }
        long total = 0;
        for (Upload upload : uploads) {
            if (upload.size() == 0) {
                throw new DocumentRefused(HttpStatus.BAD_REQUEST, "Empty file",
                        "File '" + upload.fileName() + "' is empty; attach the file itself.");
            }
            if (PersonalCodes.containsOne(upload.fileName())) {
                throw new DocumentRefused(HttpStatus.BAD_REQUEST, "Personal code in file name", "File name '"
                        + upload.fileName() + "' contains an Estonian personal identification code; rename the file,"
                        + " no client's personal data may be stored.");
            }
            if (upload.size() > limits.maxFileSize().toBytes()) {
                throw new DocumentRefused(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "File '" + upload.fileName()
                        + "' is " + Sizes.readable(upload.size()) + "; the limit per file is "
                        + Sizes.readable(limits.maxFileSize().toBytes())
                        + ". Send the material at an optimal size: compress images, export to PDF, or split it.");
            }
            total += upload.size();
        }
        if (total > limits.maxDeliverySize().toBytes()) {
            throw new DocumentRefused(HttpStatus.PAYLOAD_TOO_LARGE, "Delivery too large", "The " + uploads.size()
                    + " files are " + Sizes.readable(total) + " together; the limit per delivery is "
                    + Sizes.readable(limits.maxDeliverySize().toBytes()) + ". Send the material at an optimal size.");
        }
        // the name as it will be stored: the type check reads its extension without hidden or reordering characters
        List<String> mediaTypes = new ArrayList<>();
        for (Upload upload : uploads) {
            Upload named = new Upload(safeName(upload.fileName()), upload.content());
            String type = types.check(named);
            if (text.of(named, type).filter(PersonalCodes::containsOne).isPresent()) {
                throw new DocumentRefused(HttpStatus.BAD_REQUEST, "Personal code in file", "File '"
                        + named.fileName() + "' contains an Estonian personal identification code. Training materials"
                        + " must not carry clients' personal data: remove it from the file and send it again.");
            }
            mediaTypes.add(type);
        }
        return mediaTypes;
    }

    /** Stores one checked file of a contract; the caller's transaction decides whether it stays. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument store(String contractNumber, String groupCode, DocumentKind kind, String fileName,
            String mediaType, byte[] content) {
        StoredDocument document = records.save(new StoredDocument(contractNumber, groupCode, kind,
                safeName(fileName), mediaType, (long) content.length, DigestUtils.sha256Hex(content), currentUser(),
                clock.now()));
        contents.insert(document.id(), content);
        return document;
    }

    /**
     * Stores a PDF that is laid out from {@code source} once the caller's transaction has committed: its record has
     * no size nor checksum until then, and reading its content writes it at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument storePdfToWrite(String contractNumber, String groupCode, DocumentKind kind, String fileName,
            PdfSource source) {
        StoredDocument document = records.save(new StoredDocument(contractNumber, groupCode, kind,
                safeName(fileName), "application/pdf", null, null, currentUser(), clock.now()));
        pdfs.queue(document.id(), source);
        return document;
    }

    public Optional<StoredDocument> find(long id) {
        return records.findById(id);
    }

    public List<StoredDocument> ofContract(String contractNumber) {
        return records.findByContractNumberOrderById(contractNumber);
    }

    /** The document with its PDF, written now if it was still {@linkplain StoredDocument#isBeingWritten() queued}. */
    public StoredDocument written(StoredDocument document) {
        if (!document.isBeingWritten()) {
            return document;
        }
        pdfs.writeNow(document.id());
        return records.findById(document.id()).orElseThrow();
    }

    /** Writes now every PDF still queued, on this node or by one that died before writing it. */
    public void writeQueuedPdfs() {
        pdfs.writeAllQueued();
    }

    /** The bytes of a file that has not been deleted. */
    public byte[] content(StoredDocument document) {
        StoredDocument written = written(document);
        return contents.read(written.id()).orElseThrow(() -> new IllegalStateException("Document "
                + written.id() + " (" + written.fileName() + ") was deleted on " + written.deletedAt()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void accept(long id) {
        StoredDocument act = records.findById(id).orElseThrow();
        DocumentStatus was = act.status();
        act.accepted();
        update(act, was);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void returnForRework(long id) {
        StoredDocument act = records.findById(id).orElseThrow();
        DocumentStatus was = act.status();
        act.returned();
        update(act, was);
    }

    /**
     * Removes the bytes for good; the record stays, saying who deleted the file and when. A draft whose PDF was
     * never written loses its page instead.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument delete(StoredDocument document) {
        StoredDocument current = withoutPage(document);
        DocumentStatus was = current.status();
        current.deleted(currentUser(), clock.now());
        return removeContent(update(current, was));
    }

    /** Deletes evidence whose retention period is over; superfluous files went at the end of the contract. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument deleteAtRetentionEnd(StoredDocument document) {
        StoredDocument current = withoutPage(document);
        DocumentStatus was = current.status();
        current.retentionEnded(clock.now());
        return removeContent(update(current, was));
    }

    /**
     * The record as it is once no PDF can be written for it any more: a writer that claimed the page first has
     * committed its bytes by then (the page's row lock waits for it), and any later one finds the page gone.
     */
    private StoredDocument withoutPage(StoredDocument document) {
        return pdfs.drop(document.id()) || !document.isBeingWritten() ? document
                : records.findById(document.id()).orElseThrow();
    }

    private StoredDocument update(StoredDocument document, DocumentStatus was) {
        if (!records.changeStatus(document.id(), was.name(), document.status().name(), document.deletedBy(),
                document.deletedAt())) {
            throw new OptimisticLockingFailureException("Document " + document.id() + " (" + document.fileName()
                    + ") is no longer " + was + ": someone changed it meanwhile; try again");
        }
        return document;
    }

    private StoredDocument removeContent(StoredDocument deleted) {
        contents.delete(deleted.id());
        return deleted;
    }

    private String currentUser() {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "system";
    }

    /** Keeps the name a user gave, without any path a browser or a hostile client put in front of it. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

}
