package ee.hankevoog.document;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Confirming the deletion task deletes the superfluous stored files (act drafts, returned acts), in the task's own
 * transaction: the bytes go, and the audit trail records which file went, by whom and when. The evidence (delivered
 * materials, accepted acts) stays for the retention period.
 */
@Component("deleteSuperfluousDocuments")
class DeleteSuperfluousDocuments implements TaskListener {

    private final Documents documents;
    private final AuditTrail audit;

    DeleteSuperfluousDocuments(Documents documents, AuditTrail audit) {
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!ContractProcess.yes(task, Var.STORED_FILES_DELETED)) {
            // the generic completion check refuses it, saying the confirmation is required
            return;
        }
        String contract = ContractProcess.contractNumber(task);
        for (StoredDocument document : documents.ofContract(contract)) {
            if (document.isDeleted() || document.mustBeKept()) {
                continue;
            }
            StoredDocument deleted = documents.delete(document);
            audit.append(contract, AuditKind.DOCUMENT_DELETED, deleted.groupCode(), "Deleted " + deleted.fileName()
                    + " (" + deleted.sizeAndChecksum() + ")", deleted.auditDetails());
        }
    }
}
