package ee.hankevoog.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * One link of a contract's audit chain, as stored: every field is read back as it is, so that a changed row is
 * reported rather than refused.
 *
 * <p>{@code hash} is the lower-case hex SHA-256 of the UTF-8 bytes of {@code previousHash + canonical()}, where
 * {@code canonical()} lists contract number, sequence, occurred-at ({@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnn}),
 * actor, kind, group code, task key, task name, summary and details (the stored JSON text), in that order,
 * joined by line feeds; each field is written as its length in UTF-8 bytes, a colon and the text, and a missing
 * field as a single {@code -}. The length prefixes make the encoding unambiguous whatever a field contains.
 * A contract's first record has {@link #GENESIS} as its previous hash.
 */
record AuditRecord(Long id, String contractNumber, long sequence, LocalDateTime occurredAt, String actor,
        String kind, String groupCode, String taskKey, String taskName, String summary, String details,
        String previousHash, String hash) {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    /** The record that follows {@code previous} (or starts the chain when it is null), with its hash. */
    static AuditRecord next(Link previous, AuditEvent event, LocalDateTime occurredAt) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        AuditRecord unsealed = new AuditRecord(null, event.contractNumber(), sequence, occurredAt, event.actor(),
                event.kind().name(), event.groupCode(), event.taskKey(), event.taskName(), event.summary(),
                event.details(), previousHash, null);
        return unsealed.withHash(unsealed.expectedHash());
    }

    Link link() {
        return new Link(sequence, hash);
    }

    /** What the next record of a chain needs of its last: its place and its hash. */
    record Link(long sequence, String hash) {
    }

    /** The hash this record must carry, recomputed from its stored fields. */
    String expectedHash() {
        return DigestUtils.sha256Hex(previousHash + canonical());
    }

    String canonical() {
        return Stream.of(contractNumber, String.valueOf(sequence), occurredAt == null ? null : TIME.format(occurredAt),
                        actor, kind, groupCode, taskKey, taskName, summary, details)
                .map(AuditRecord::field)
                .collect(Collectors.joining("\n"));
    }

    private static String field(String value) {
        return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    AuditRecord withHash(String newHash) {
        return new AuditRecord(id, contractNumber, sequence, occurredAt, actor, kind, groupCode, taskKey, taskName,
                summary, details, previousHash, newHash);
    }

}
