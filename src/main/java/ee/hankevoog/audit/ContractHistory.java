package ee.hankevoog.audit;

import ee.hankevoog.contract.ContractLookup;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's whole history for auditors, in time order: the audit chain (registration, every completed task
 * with what was entered, every e-mail) merged with Camunda's user operation log for its process instances.
 */
@Component
public class ContractHistory {

    private final ContractLookup contracts;
    private final AuditRecords records;
    private final UserOperations operations;

    ContractHistory(ContractLookup contracts, AuditRecords records, UserOperations operations) {
        this.contracts = contracts;
        this.records = records;
        this.operations = operations;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> of(String contractNumber, HistoryFilter filter) {
        contracts.requireExists(contractNumber);
        return Stream.concat(records.chainOf(contractNumber).stream().map(HistoryEntry::of),
                        operations.of(contractNumber).stream())
                .filter(filter::matches)
                .sorted(HistoryEntry.IN_TIME_ORDER)
                .toList();
    }
}
