package ee.hankevoog.retention;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.Sizes;
import ee.hankevoog.document.StoredDocument;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the evidence of a closed contract (materials as delivered, accepted acts) once its retention period is
 * over, each file with a record in the audit trail saying what went and why; the records of the files stay.
 */
@Component
public class EvidenceRetention {

    private final ContractLookup contracts;
    private final Documents documents;
    private final AuditTrail audit;
    private final RetentionSettings settings;
    private final EngineClock clock;

    EvidenceRetention(ContractLookup contracts, Documents documents, AuditTrail audit, RetentionSettings settings,
            EngineClock clock) {
        this.contracts = contracts;
        this.documents = documents;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many files went. */
    @Scheduled(cron = "${hankevoog.retention.cron:0 30 2 * * *}")
    @Transactional
    public int deleteExpiredEvidence() {
        LocalDate today = clock.today();
        int deleted = 0;
        for (Contract contract : contracts.closed()) {
            LocalDate keptUntil = contract.evidenceKeptUntil(settings.evidenceYearsAfterClosing()).orElseThrow();
            if (!today.isAfter(keptUntil)) {
                continue;
            }
            for (StoredDocument document : documents.ofContract(contract.number())) {
                if (document.isDeleted()) {
                    continue;
                }
                StoredDocument gone = documents.deleteAtRetentionEnd(document);
                audit.append(contract.number(), AuditKind.DOCUMENT_DELETED, gone.groupCode(), "Retention period"
                        + " ended on " + keptUntil + ": deleted " + gone.fileName() + " (" + Sizes.readable(
                        gone.sizeBytes()) + ", SHA-256 " + gone.sha256() + ")", gone.auditDetails());
                deleted++;
            }
        }
        return deleted;
    }
}
