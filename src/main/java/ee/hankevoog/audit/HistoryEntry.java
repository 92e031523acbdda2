package ee.hankevoog.audit;

import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One line of a contract's history: an audit record (with its {@code sequence} in the chain) or a Camunda user
 * operation (sequence null, kind {@value #USER_OPERATION}). {@code details} is JSON text.
 */
public record HistoryEntry(LocalDateTime time, Long sequence, String actor, String kind, String group, String step,
        String summary, String details) {

    public static final String USER_OPERATION = "USER_OPERATION";

    /** Time order; at the same moment the chain's records come first, in their sequence. */
    static final Comparator<HistoryEntry> IN_TIME_ORDER = Comparator.comparing(HistoryEntry::time)
            .thenComparing(HistoryEntry::sequence, Comparator.nullsLast(Comparator.naturalOrder()));

    static HistoryEntry of(AuditRecord record) {
        return new HistoryEntry(record.occurredAt(), record.sequence(), record.actor(), record.kind(),
                record.groupCode(), record.taskName(), record.summary(), record.details());
    }
}
