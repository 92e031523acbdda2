package ee.hankevoog.audit;

import ee.hankevoog.contract.ContractLookup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_record} table: inserted into, read, never updated or deleted. */
@Repository
class AuditRecords {

    private final JdbcClient jdbc;
    private final ContractLookup contracts;

    AuditRecords(JdbcClient jdbc, ContractLookup contracts) {
        this.jdbc = jdbc;
        this.contracts = contracts;
    }

    /**
     * Locks the contract's row until the caller's transaction ends, so that appends to one chain happen one
     * after the other. {@code select ... for update} behaves alike on H2 and PostgreSQL and waits instead of
     * failing: a unique-constraint retry would not do here, because on PostgreSQL a failed insert aborts the
     * whole transaction, and that transaction is the process step itself (a user's completion, a timer job).
     * Every contract gets its first record in the transaction that inserts its row, so the row is always there
     * for a real contract; for mail about a number with no contract row there is nothing to lock, and the
     * unique (contract_number, sequence) constraint still refuses a second link at the same place.
     */
    boolean lockChain(String contractNumber) {
        return contracts.lock(contractNumber);
    }

    Optional<AuditRecord.Link> last(String contractNumber) {
        return jdbc.sql("select sequence, hash from audit_record where contract_number = ? order by sequence desc"
                        + " fetch first 1 rows only")
                .param(contractNumber).query((row, n) -> new AuditRecord.Link(row.getLong("sequence"),
                        row.getString("hash"))).optional();
    }

    void insert(AuditRecord record) {
        jdbc.sql("""
                        insert into audit_record (contract_number, sequence, occurred_at, actor, kind, group_code,
                            task_key, task_name, summary, details, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.contractNumber(), record.sequence(), record.occurredAt(), record.actor(),
                        record.kind(), record.groupCode(), record.taskKey(), record.taskName(), record.summary(),
                        record.details(), record.previousHash(), record.hash())
                .update();
    }

    /** Whether the contract's chain has a record of this kind for the group whose details hold this text. */
    boolean hasRecord(String contractNumber, AuditKind kind, String groupCode, String detailsContaining) {
        return jdbc.sql("select count(*) from audit_record where contract_number = ? and kind = ? and group_code = ?"
                        + " and details like ?")
                .params(contractNumber, kind.name(), groupCode, "%" + detailsContaining + "%")
                .query(Long.class).single() > 0;
    }

    List<AuditRecord> chainOf(String contractNumber) {
        return jdbc.sql("select * from audit_record where contract_number = ? order by sequence")
                .param(contractNumber).query(AuditRecords::map).list();
    }

    List<String> contractNumbers() {
        return jdbc.sql("select distinct contract_number from audit_record order by contract_number")
                .query(String.class).list();
    }

    private static AuditRecord map(ResultSet row, int rowNumber) throws SQLException {
        return new AuditRecord(row.getLong("id"), row.getString("contract_number"), row.getLong("sequence"),
                row.getObject("occurred_at", LocalDateTime.class), row.getString("actor"), row.getString("kind"),
                row.getString("group_code"), row.getString("task_key"), row.getString("task_name"),
                row.getString("summary"), row.getString("details"), row.getString("previous_hash"),
                row.getString("hash"));
    }
}
