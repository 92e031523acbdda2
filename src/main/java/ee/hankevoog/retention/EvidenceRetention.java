package ee.hankevoog.retention;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.participant.ParticipantData;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the evidence of a closed contract (materials as delivered, accepted acts, exports and signed sheets) and
 * its participants' personal data once its retention period is over, each file and each group's people with a
 * record in the audit trail saying what went and why; the records of the files stay.
 */
@Component
public class EvidenceRetention {

    private final ContractLookup contracts;
    private final Documents documents;
    private final ParticipantData participants;
    private final AuditTrail audit;
    private final RetentionSettings settings;
    private final EngineClock clock;
    private final TransactionTemplate transaction;

    EvidenceRetention(ContractLookup contracts, Documents documents, ParticipantData participants, AuditTrail audit,
            RetentionSettings settings, EngineClock clock, TransactionTemplate transaction) {
        this.contracts = contracts;
        this.participants = participants;
        this.documents = documents;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Returns how many files went; one transaction a contract, so that one contract's trouble stops no other. */
    @Scheduled(cron = "${hankevoog.retention.cron:0 30 2 * * *}")
    public int deleteExpiredEvidence() {
        LocalDate today = clock.today();
        int deleted = 0;
        for (Contract contract : contracts.closed()) {
            LocalDate keptUntil = contract.evidenceKeptUntil(settings.evidenceYearsAfterClosing()).orElseThrow();
            if (today.isAfter(keptUntil)) {
                deleted += transaction.execute(status -> deleteEvidenceOf(contract.number(), keptUntil));
            }
        }
        return deleted;
    }

    private int deleteEvidenceOf(String number, LocalDate keptUntil) {
        // a second node running the same job waits here, then finds the files gone
        contracts.lock(number);
        int deleted = 0;
        for (StoredDocument document : documents.ofContract(number)) {
            if (document.isDeleted()) {
                continue;
            }
            StoredDocument gone = documents.deleteAtRetentionEnd(document);
            audit.append(number, AuditKind.DOCUMENT_DELETED, gone.groupCode(), "Retention period ended on "
                    + keptUntil + ": deleted " + gone.fileName() + " (" + gone.sizeAndChecksum() + ")",
                    gone.auditDetails());
            deleted++;
        }
        participants.deleteOf(number).forEach((group, people) -> audit.append(number,
                AuditKind.PERSONAL_DATA_DELETED, group, "Retention period ended on " + keptUntil + ": deleted the"
                        + " personal data of group " + group + "'s " + people + " participants (names, e-mails,"
                        + " workplaces, attendance and assessment)", Map.of("participants", people)));
        return deleted;
    }
}
