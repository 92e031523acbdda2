package ee.hankevoog.document;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * written once however many nodes race for it.
 */
@Component
class PdfsToWrite {

    private static final Logger log = LoggerFactory.getLogger(PdfsToWrite.class);

    private final JdbcTemplate jdbc;
    private final StoredDocumentRepository records;
    private final DocumentContents contents;
    private final PdfDocuments pdfs;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pdf-writer");
        thread.setDaemon(true);
        return thread;
    });
    // queued on this node after their commit: the sweep leaves them to the writer
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    PdfsToWrite(JdbcTemplate jdbc, StoredDocumentRepository records, DocumentContents contents, PdfDocuments pdfs,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.records = records;
        this.contents = contents;
        this.pdfs = pdfs;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps the page in the caller's transaction; once it commits, the PDF is written. */
    void queue(long documentId, PdfSource source) {
        jdbc.update("insert into pdf_to_write (document_id, title, xhtml) values (?, ?, ?)", documentId,
                source.title(), source.xhtml().getBytes(StandardCharsets.UTF_8));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queued.add(documentId);
                try {
                    writer.execute(() -> {
                        if (queued.remove(documentId)) {
                            writeLogged(documentId, source);
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    // the node is shutting down: the page stays queued for a sweep
                    queued.remove(documentId);
                }
            }
        });
    }

    /** Writes the document's PDF now if nobody has; afterwards its bytes are stored, by this call or another. */
    void writeNow(long documentId) {
        queued.remove(documentId);
        List<PdfSource> page = jdbc.query("select title, xhtml from pdf_to_write where document_id = ?",
                (row, i) -> new PdfSource(row.getString(1), new String(row.getBytes(2), StandardCharsets.UTF_8)),
                documentId);
        if (!page.isEmpty()) {
            write(documentId, page.get(0));
        }
    }

    /** PDFs whose writing a node's death or a failure cut short. */
    @Scheduled(initialDelayString = "${hankevoog.documents.pdf-sweep:1m}",
            fixedDelayString = "${hankevoog.documents.pdf-sweep:1m}")
    void writeLeftOver() {
        for (long id : queuedIds()) {
            if (!queued.contains(id)) {
                try {
                    writeNow(id);
                } catch (RuntimeException e) {
                    log.error("Could not write the PDF of document {}; the next sweep tries again", id, e);
                }
            }
        }
    }

    void writeAllQueued() {
        queuedIds().forEach(this::writeNow);
    }

    private List<Long> queuedIds() {
        return jdbc.queryForList("select document_id from pdf_to_write order by document_id", Long.class);
    }

    private void writeLogged(long documentId, PdfSource source) {
        try {
            write(documentId, source);
        } catch (RuntimeException e) {
            log.error("Could not write the PDF of document {}; the sweep tries again", documentId, e);
        }
    }

    private void write(long documentId, PdfSource source) {
        byte[] pdf = pdfs.write(source);
        ownTransaction.executeWithoutResult(status -> {
            // a node writing the same PDF waits here for the first one's commit, then finds the page gone
            if (jdbc.update("delete from pdf_to_write where document_id = ?", documentId) == 1
                    && records.written(documentId, pdf.length, DigestUtils.sha256Hex(pdf))) {
                contents.insert(documentId, pdf);
            }
        });
    }

    @PreDestroy
    void stop() {
        // what is not written yet stays queued in the database for the next sweep
        writer.shutdownNow();
    }
}
