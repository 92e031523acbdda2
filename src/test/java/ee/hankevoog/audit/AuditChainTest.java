package ee.hankevoog.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final LocalDateTime TEN_PAST_TEN = LocalDateTime.parse("2026-05-27T10:10:00.123");

    @Test
    void hashesThePreviousHashFollowedByTheDocumentedCanonicalForm() throws Exception {
        AuditRecord first = AuditRecord.next(null, new AuditEvent("K-1", AuditKind.TASK_COMPLETED, "mari", "W1",
                "Task_AcceptHandoverAct", null, "Üleandmine, W1", "{}"), TEN_PAST_TEN);

        String canonical = "3:K-1\n1:1\n29:2026-05-27T10:10:00.123000000\n4:mari\n14:TASK_COMPLETED\n2:W1\n"
                + "22:Task_AcceptHandoverAct\n-\n15:Üleandmine, W1\n2:{}";
        assertThat(first.canonical()).isEqualTo(canonical);
        assertThat(first.previousHash()).isEqualTo("0".repeat(64));
        assertThat(first.hash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("0".repeat(64) + canonical).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void tellsAMissingFieldFromADash() {
        AuditRecord missing = AuditRecord.next(null, event("summary", null), TEN_PAST_TEN);
        AuditRecord dash = AuditRecord.next(null, event("summary", "-"), TEN_PAST_TEN);

        assertThat(missing.hash()).isNotEqualTo(dash.hash());
    }

    @Test
    void linksEachRecordToTheHashOfTheOneBefore() {
        List<AuditRecord> chain = chainOf(3);

        assertThat(chain).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).previousHash()).isEqualTo(chain.get(1).hash());
        assertThat(ChainReport.check("K-1", chain)).isEqualTo(new ChainReport("K-1", 3, true, null, null,
                chain.get(2).hash()));
    }

    @Test
    void reportsAChangedRecordAsAHashMismatch() {
        List<AuditRecord> chain = chainOf(4);
        AuditRecord second = chain.get(1);
        chain.set(1, new AuditRecord(second.id(), second.contractNumber(), 2, second.occurredAt(), "someone else",
                second.kind(), second.groupCode(), second.taskKey(), second.taskName(), second.summary(),
                second.details(), second.previousHash(), second.hash()));

        ChainReport report = ChainReport.check("K-1", chain);

        assertThat(report.ok()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(2);
        assertThat(report.problem()).startsWith("hash mismatch");
    }

    @Test
    void reportsARecordRewrittenWithAFreshHashAtTheLinkAfterIt() {
        List<AuditRecord> chain = chainOf(4);
        AuditRecord second = chain.get(1);
        AuditRecord rewritten = new AuditRecord(second.id(), second.contractNumber(), 2, second.occurredAt(),
                second.actor(), second.kind(), second.groupCode(), second.taskKey(), second.taskName(), "nothing here",
                second.details(), second.previousHash(), null);
        chain.set(1, rewritten.withHash(rewritten.expectedHash()));

        ChainReport report = ChainReport.check("K-1", chain);

        assertThat(report.firstBrokenSequence()).isEqualTo(3);
        assertThat(report.problem()).startsWith("previous_hash mismatch");
    }

    @Test
    void reportsARemovedRecordAsAGap() {
        List<AuditRecord> chain = chainOf(4);
        chain.remove(2);

        ChainReport report = ChainReport.check("K-1", chain);

        assertThat(report.firstBrokenSequence()).isEqualTo(3);
        assertThat(report.problem()).startsWith("gap in sequence").contains("record 3 is missing");
        assertThat(report.records()).isEqualTo(3);
    }

    @Test
    void reportsARemovedFirstRecord() {
        List<AuditRecord> chain = chainOf(2);
        chain.remove(0);

        assertThat(ChainReport.check("K-1", chain).firstBrokenSequence()).isEqualTo(1);
    }

    private static List<AuditRecord> chainOf(int length) {
        List<AuditRecord> chain = new ArrayList<>();
        AuditRecord.Link previous = null;
        for (int i = 1; i <= length; i++) {
            AuditRecord next = AuditRecord.next(previous, event("step " + i, "{\"n\":" + i + "}"),
                    TEN_PAST_TEN.plusMinutes(i));
            chain.add(next);
            previous = next.link();
        }
        return chain;
    }

    private static AuditEvent event(String summary, String details) {
        return new AuditEvent("K-1", AuditKind.EMAIL_SENT, "system", null, null, null, summary, details);
    }
}
