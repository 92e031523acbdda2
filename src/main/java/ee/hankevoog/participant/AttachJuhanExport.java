package ee.hankevoog.participant;

import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.process.ContractProcess;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The officer's JUHAN task carries the group's export as it was when the act was accepted, kept with the contract's
 * evidence: what the statuses in JUHAN were set from, even if a record changes later.
 */
@Component("attachJuhanExport")
class AttachJuhanExport implements TaskListener {

    static final String LINK = "juhanExportLink";

    private final CompletionExport export;
    private final Documents documents;
    private final String baseUrl;

    AttachJuhanExport(CompletionExport export, Documents documents, @Value("${hankevoog.base-url}") String baseUrl) {
        this.export = export;
        this.documents = documents;
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = ContractProcess.contractNumber(task);
        String group = ContractProcess.groupCode(task);
        StoredDocument stored = documents.store(number, group, DocumentKind.JUHAN_EXPORT,
                "juhan-" + number + "-" + group + ".csv", "text/csv",
                export.csv(number, group).getBytes(StandardCharsets.UTF_8));
        // the task's own: a parallel task's completion cannot replace the link the officer follows
        task.setVariableLocal(LINK, baseUrl + "/documents/" + stored.id());
    }
}
