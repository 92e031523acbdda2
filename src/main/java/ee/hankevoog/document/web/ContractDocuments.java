package ee.hankevoog.document.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.DocumentStatus;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every file Hankevoog stored for a contract, deleted ones included, with what the contract says to keep. */
@RestController
class ContractDocuments {

    private final Documents documents;
    private final ContractLookup contracts;

    ContractDocuments(Documents documents, ContractLookup contracts) {
        this.documents = documents;
        this.contracts = contracts;
    }

    @GetMapping("/api/contracts/{number}/documents")
    List<DocumentView> list(@PathVariable String number) {
        contracts.requireExists(number);
        return documents.ofContract(number).stream().map(DocumentView::of).toList();
    }

    record DocumentView(long id, DocumentKind kind, DocumentStatus status, String group, String fileName,
            String mediaType, Long sizeBytes, String sha256, String storedBy, LocalDateTime storedAt,
            boolean mustBeKept, String deletedBy, LocalDateTime deletedAt, String download) {

        static DocumentView of(StoredDocument document) {
            return new DocumentView(document.id(), document.kind(), document.status(), document.groupCode(),
                    document.fileName(), document.mediaType(), document.sizeBytes(), document.sha256(),
                    document.storedBy(), document.storedAt(), document.mustBeKept(), document.deletedBy(),
                    document.deletedAt(), document.isDeleted() ? null : "/api/documents/" + document.id());
        }
    }
}
