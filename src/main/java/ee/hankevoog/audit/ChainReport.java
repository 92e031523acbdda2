package ee.hankevoog.audit;

import java.util.List;

/**
 * The outcome of recomputing one contract's audit chain: OK with the number of records, or the first link
 * that does not hold and why.
 */
public record ChainReport(String contract, int records, boolean ok, Long firstBrokenSequence, String problem,
        String lastHash) {

    /** Walks the chain in sequence order; each record must follow its predecessor and carry its own hash. */
    static ChainReport check(String contract, List<AuditRecord> chain) {
        long expectedSequence = 1;
        String expectedPrevious = AuditRecord.GENESIS;
        for (AuditRecord record : chain) {
            if (record.sequence() != expectedSequence) {
                return broken(contract, chain, expectedSequence, "gap in sequence: record " + expectedSequence
                        + " is missing, the next stored record is " + record.sequence());
            }
            if (!expectedPrevious.equals(record.previousHash())) {
                return broken(contract, chain, record.sequence(), "previous_hash mismatch: record "
                        + record.sequence() + " does not point to the hash of record " + (record.sequence() - 1));
            }
            if (!record.expectedHash().equals(record.hash())) {
                return broken(contract, chain, record.sequence(), "hash mismatch: record " + record.sequence()
                        + " was changed after it was written");
            }
            expectedPrevious = record.hash();
            expectedSequence++;
        }
        // the last hash, kept outside the database, later proves that nothing before it was rewritten
        return new ChainReport(contract, chain.size(), true, null, null, chain.isEmpty() ? null : expectedPrevious);
    }

    private static ChainReport broken(String contract, List<AuditRecord> chain, long sequence, String problem) {
        return new ChainReport(contract, chain.size(), false, sequence, problem, null);
    }
}
