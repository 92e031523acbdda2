package ee.hankevoog.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.WebappSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An act's PDF is laid out after the completion that stored it has committed. Each test leaves a PDF queued as a node
 * that died right after that commit would (its record and page written, no bytes), then reads, sweeps or deletes it.
 */
@HankevoogTest
class PdfsToWriteTest {

    private static final String PAGE = "<html><head><title>Akt</title></head><body><p>Uleandmise akt %s</p></body>"
            + "</html>";

    @Autowired
    Documents documents;
    @Autowired
    PdfsToWrite pdfs;
    @Autowired
    StoredDocumentRepository records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void contract() {
        number = ApiClient.registerContract(identity, port, "PW");
    }

    @Test
    void thisNodeWritesAStoredPdfOnceItsTransactionHasCommittedAndNoneIfItRolledBack() {
        long kept = transaction.execute(status -> {
            StoredDocument stored = documents.storePdfToWrite(number, "L1", DocumentKind.HANDOVER_ACT, "akt-7.pdf",
                    new PdfSource("akt-7", PAGE.formatted("akt-7")));
            assertThat(stored.isBeingWritten()).as("nobody waits for the layout in the storing transaction").isTrue();
            return stored.id();
        });
        long rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return documents.storePdfToWrite(number, "L1", DocumentKind.HANDOVER_ACT, "akt-8.pdf",
                    new PdfSource("akt-8", PAGE.formatted("akt-8"))).id();
        });

        // no reader asks for it: the node's writer does it on its own
        await().atMost(Duration.ofMinutes(1)).until(() -> !documents.find(kept).orElseThrow().isBeingWritten());
        assertThat(jdbc.queryForObject("select content from document_content where document_id = ?", byte[].class,
                kept)).satisfies(pdf -> assertWrittenOnce(kept, pdf));
        assertThat(documents.find(rolledBack)).isEmpty();
        assertThat(count("pdf_to_write", rolledBack)).isZero();
    }

    @Test
    void aQueuedPdfIsListedWithoutSizeAndWrittenWhenItsReaderComes() throws Exception {
        long id = queuedByANodeThatDied("akt-1");
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/" + number + "/documents").json())
                .singleElement().satisfies(act -> {
                    assertThat(act.get("sizeBytes").isNull()).isTrue();
                    assertThat(act.get("sha256").isNull()).isTrue();
                    assertThat(act.get("download").asText()).isEqualTo("/api/documents/" + id);
                });
        assertThat(WebappSession.logIn(port, ApiClient.OFFICER, ApiClient.PASSWORD).get("/contracts/" + number))
                .contains("akt-1.pdf", "being written");

        HttpResponse<byte[]> pdf = ApiClient.as(ApiClient.OFFICER, port).download("/api/documents/" + id);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains("Uleandmise akt akt-1");
        assertThat(pdf.headers().firstValue("ETag")).hasValue("\"" + DigestUtils.sha256Hex(pdf.body()) + "\"");
        assertWrittenOnce(id, pdf.body());
    }

    @Test
    void readersRacingForAQueuedPdfGetTheSameBytesWrittenOnce() throws Exception {
        long id = queuedByANodeThatDied("akt-2");
        StoredDocument queued = documents.find(id).orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<byte[]>> readers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            readers.add(() -> {
                start.await();
                return documents.content(queued);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(readers.size());
        try {
            List<Future<byte[]>> answers = readers.stream().map(pool::submit).toList();
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<byte[]> answer : answers) {
                bodies.add(DigestUtils.sha256Hex(answer.get()));
            }
            assertThat(bodies).hasSize(1);
            assertWrittenOnce(id, documents.content(queued));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSweepHandsTheWriterWhatADeadNodeLeftAndNotWhatAnotherNodeQueuedJustNow() {
        long left = queuedByANodeThatDied("akt-3");
        long justNow = queued("akt-4", PAGE.formatted("akt-4"), LocalDateTime.now());

        pdfs.sweep();

        await().atMost(Duration.ofMinutes(1)).until(() -> !documents.find(left).orElseThrow().isBeingWritten());
        assertWrittenOnce(left, jdbc.queryForObject("select content from document_content where document_id = ?",
                byte[].class, left));
        assertThat(documents.find(justNow).orElseThrow().isBeingWritten()).isTrue();
        documents.writeQueuedPdfs();
        assertWrittenOnce(justNow, documents.content(documents.find(justNow).orElseThrow()));
    }

    @Test
    void aPageThatCannotBeLaidOutStaysQueuedAndItsReaderIsToldWhy() {
        long broken = queued("akt-5", "<html><body><p>not closed</body>", LocalDateTime.now().minusHours(1));
        try {
            assertThatThrownBy(() -> documents.content(documents.find(broken).orElseThrow()))
                    .hasMessageContaining("akt-5");
            assertThat(documents.find(broken).orElseThrow().isBeingWritten()).isTrue();
            assertThat(count("pdf_to_write", broken)).isEqualTo(1);
        } finally {
            // the other tests' writing of every queued page need not meet it
            jdbc.update("delete from pdf_to_write where document_id = ?", broken);
            jdbc.update("delete from stored_document where id = ?", broken);
        }
    }

    @Test
    void aDraftDeletedBeforeItsPdfWasWrittenLosesItsPageAndIsNeverWritten() {
        long id = queuedByANodeThatDied("akt-6");

        StoredDocument deleted = transaction.execute(status -> documents.delete(documents.find(id).orElseThrow()));
        documents.writeQueuedPdfs();

        assertThat(deleted.sizeAndChecksum()).isEqualTo("its PDF never written");
        StoredDocument stored = documents.find(id).orElseThrow();
        assertThat(stored.isDeleted()).isTrue();
        assertThat(stored.sha256()).isNull();
        assertThat(count("document_content", id)).isZero();
        assertThat(count("pdf_to_write", id)).isZero();
    }

    @Test
    void aDeletionOfARecordReadBeforeItsPdfWasWrittenKeepsTheChecksumItGotSince() {
        long id = queuedByANodeThatDied("akt-7");
        StoredDocument readBefore = documents.find(id).orElseThrow();
        byte[] pdf = documents.content(readBefore);

        StoredDocument deleted = transaction.execute(status -> documents.delete(readBefore));

        assertThat(deleted.sizeAndChecksum()).endsWith("SHA-256 " + DigestUtils.sha256Hex(pdf));
        StoredDocument stored = documents.find(id).orElseThrow();
        assertThat(stored.isDeleted()).isTrue();
        assertThat(stored.sha256()).isEqualTo(DigestUtils.sha256Hex(pdf));
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(count("document_content", id)).isZero();
    }

    /** A page queued two minutes ago whose node died before writing it. */
    private long queuedByANodeThatDied(String name) {
        return queued(name, PAGE.formatted(name), LocalDateTime.now().minusMinutes(2));
    }

    private long queued(String name, String xhtml, LocalDateTime at) {
        return transaction.execute(status -> {
            long id = records.save(new StoredDocument(number, "L1", DocumentKind.HANDOVER_ACT, name + ".pdf",
                    "application/pdf", null, null, ApiClient.TRAINER, at)).id();
            jdbc.update("insert into pdf_to_write (document_id, title, xhtml, queued_at) values (?, ?, ?, ?)", id,
                    name, xhtml.getBytes(StandardCharsets.UTF_8), at);
            return id;
        });
    }

    private int count(String table, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where document_id = ?", Integer.class, id);
    }

    private void assertWrittenOnce(long id, byte[] pdf) {
        StoredDocument stored = documents.find(id).orElseThrow();
        assertThat(stored.isBeingWritten()).isFalse();
        assertThat(stored.sha256()).isEqualTo(DigestUtils.sha256Hex(pdf));
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(count("document_content", id)).isEqualTo(1);
        assertThat(count("pdf_to_write", id)).isZero();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
