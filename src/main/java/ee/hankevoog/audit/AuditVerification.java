package ee.hankevoog.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit chains from what is stored. A changed, removed or inserted record breaks its chain;
 * the last records of a chain, removed together, leave no trace here, nor a chain recomputed as a whole: for
 * that, keep a chain's last hash outside the database (a report, a signed e-mail) and compare.
 */
@Component
public class AuditVerification {

    private final AuditRecords records;

    AuditVerification(AuditRecords records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public ChainReport verify(String contractNumber) {
        return ChainReport.check(contractNumber, records.chainOf(contractNumber));
    }

    /** Every contract that has an audit chain. */
    @Transactional(readOnly = true)
    public List<ChainReport> verifyAll() {
        return records.contractNumbers().stream().map(this::verify).toList();
    }
}
