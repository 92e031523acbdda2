package ee.hankevoog.document;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PDFs laid out after the transaction that stored them has committed: laying out a handover act is a fifth of a
 * contract's work, and the trainer completing the task need not wait for it. The page is kept with the record in that
 * transaction and the PDF written on a thread of this node's own; a reader who comes first writes it at once, and a
 * node that died first leaves it to the next node's sweep. Whoever writes first deletes the page, so a PDF is
 * stored once however many nodes race for it.
 */
@Component
class PdfsToWrite {

    private static final Logger log = LoggerFactory.getLogger(PdfsToWrite.class);

    private final JdbcTemplate jdbc;
    private final StoredDocumentRepository records;
    private final DocumentContents contents;
    private final PdfDocuments pdfs;
    private final TransactionTemplate ownTransaction;
    private final Duration leftOverAfter;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pdf-writer");
        thread.setDaemon(true);
        return thread;
    });
    // handed to this node's writer and not written yet: the sweep leaves them to it
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    // one layout of a document at a time on this node: a reader who waited for the writer finds it written
    private final ConcurrentHashMap<Long, Object> writing = new ConcurrentHashMap<>();

    PdfsToWrite(JdbcTemplate jdbc, StoredDocumentRepository records, DocumentContents contents, PdfDocuments pdfs,
            PlatformTransactionManager transactions,
            @Value("${hankevoog.documents.pdf-left-over-after:1m}") Duration leftOverAfter) {
        this.jdbc = jdbc;
        this.records = records;
        this.contents = contents;
        this.pdfs = pdfs;
        this.leftOverAfter = leftOverAfter;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps the page in the caller's transaction; once it commits, the PDF is written. */
    void queue(long documentId, PdfSource source) {
        jdbc.update("insert into pdf_to_write (document_id, title, xhtml, queued_at) values (?, ?, ?, ?)", documentId,
                source.title(), source.xhtml().getBytes(StandardCharsets.UTF_8), LocalDateTime.now());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                hand(documentId, Optional.of(source));
            }
        });
    }

    /** Writes the document's PDF now if nobody has; afterwards its bytes are stored, by this call or another. */
    void writeNow(long documentId) {
        queued.remove(documentId);
        write(documentId, Optional.empty());
    }

    /**
     * Hands this node's writer the pages queued longer than a minute that it does not have: a node died or a
     * layout failed before them. The scheduler's thread only looks; the writer writes.
     */
    @Scheduled(initialDelayString = "${hankevoog.documents.pdf-sweep:1m}",
            fixedDelayString = "${hankevoog.documents.pdf-sweep:1m}")
    void sweep() {
        for (long id : jdbc.queryForList("select document_id from pdf_to_write where queued_at <= ? order by"
                + " document_id", Long.class, LocalDateTime.now().minus(leftOverAfter))) {
            hand(id, Optional.empty());
        }
    }

    void writeAllQueued() {
        jdbc.queryForList("select document_id from pdf_to_write order by document_id", Long.class)
                .forEach(this::writeNow);
    }

    private void hand(long documentId, Optional<PdfSource> source) {
        if (!queued.add(documentId)) {
            return;
        }
        try {
            writer.execute(() -> {
                if (queued.remove(documentId)) {
                    try {
                        write(documentId, source);
                    } catch (RuntimeException e) {
                        log.error("Could not write the PDF of document {}; the sweep tries again", documentId, e);
                    }
                }
            });
        } catch (RejectedExecutionException stopping) {
            // the node is shutting down: the page stays queued for a sweep
            queued.remove(documentId);
        }
    }

    /** {@code source}: the page as its transaction kept it, or empty to read it (empty too if written since). */
    private void write(long documentId, Optional<PdfSource> source) {
        synchronized (writing.computeIfAbsent(documentId, id -> new Object())) {
            try {
                Optional<PdfSource> page = source.isPresent() ? source.filter(kept -> queuedStill(documentId))
                        : read(documentId);
                if (page.isPresent()) {
                    store(documentId, pdfs.write(page.get()));
                }
            } finally {
                writing.remove(documentId);
            }
        }
    }

    private boolean queuedStill(long documentId) {
        return jdbc.queryForObject("select count(*) from pdf_to_write where document_id = ?", Integer.class,
                documentId) == 1;
    }

    private Optional<PdfSource> read(long documentId) {
        return jdbc.query("select title, xhtml from pdf_to_write where document_id = ?",
                (row, i) -> new PdfSource(row.getString(1), new String(row.getBytes(2), StandardCharsets.UTF_8)),
                documentId).stream().findFirst();
    }

    private void store(long documentId, byte[] pdf) {
        ownTransaction.executeWithoutResult(status -> {
            // a node writing the same PDF waits here for the first one's commit, then finds the page gone; so does
            // the deletion of a draft that was never written
            if (jdbc.update("delete from pdf_to_write where document_id = ?", documentId) == 1
                    && records.written(documentId, pdf.length, DigestUtils.sha256Hex(pdf))) {
                contents.insert(documentId, pdf);
            }
        });
    }

    /** A draft deleted before its PDF was written: the page goes, with the names it carries. */
    boolean drop(long documentId) {
        return jdbc.update("delete from pdf_to_write where document_id = ?", documentId) == 1;
    }

    @PreDestroy
    void stop() {
        // what is not written yet stays queued in the database for a sweep
        writer.shutdownNow();
    }
}
