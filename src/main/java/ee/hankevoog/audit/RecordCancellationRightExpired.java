package ee.hankevoog.audit;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.training.TrainingGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer's right to cancel a group ends unused two weeks before its first day: the history records that it
 * expired, as it records a cancellation, so that an auditor sees the decision either way.
 */
@Component("recordCancellationRightExpired")
class RecordCancellationRightExpired implements JavaDelegate {

    private final ContractLookup contracts;
    private final AuditTrail audit;
    private final AuditRecords records;

    RecordCancellationRightExpired(ContractLookup contracts, AuditTrail audit, AuditRecords records) {
        this.contracts = contracts;
        this.audit = audit;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ContractProcess.contractNumber(execution);
        TrainingGroup group = contracts.get(number).group(ContractProcess.groupCode(execution));
        String deadline = "\"cancellationDeadline\":\"" + group.cancellationDeadline() + "\"";
        // days moved to a first day as near again re-arm the timer; the right expired once, on that deadline
        if (records.hasRecord(number, AuditKind.CANCELLATION_RIGHT_EXPIRED, group.code(), deadline)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cancellationDeadline", group.cancellationDeadline().toString());
        details.put("firstTrainingDay", group.firstDay().toString());
        audit.append(new AuditEvent(number, AuditKind.CANCELLATION_RIGHT_EXPIRED, AuditTrail.SYSTEM, group.code(),
                null, null, "The right to cancel group " + group.code() + " expired unused on "
                + group.cancellationDeadline() + " (first training day " + group.firstDay() + " − "
                + TrainingGroup.CANCELLATION_NOTICE_DAYS + " days)", audit.toJson(details)));
    }
}
