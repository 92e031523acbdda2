package ee.hankevoog.document.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.security.Roles;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stored file, for the people the contract concerns: officers and auditors of every contract, trainers of their
 * own. The same rules answer the API (Basic) and the pages (session), whose links Tasklist forms show.
 */
@RestController
class DocumentDownload {

    private final Documents documents;
    private final ContractLookup contracts;

    DocumentDownload(Documents documents, ContractLookup contracts) {
        this.documents = documents;
        this.contracts = contracts;
    }

    @GetMapping({"/api/documents/{id}", "/documents/{id}"})
    ResponseEntity<?> download(@PathVariable long id, Authentication user) {
        StoredDocument found = documents.find(id).orElse(null);
        if (found == null || !mayRead(user, found)) {
            // a document of someone else's contract is as unknown as one that never existed
            return problem(HttpStatus.NOT_FOUND, "Unknown document", "There is no document " + id
                    + " that you may read.");
        }
        // an act opened in the moment after the trainer's completion is written now, not answered "not yet"
        StoredDocument document = documents.written(found);
        if (document.isDeleted()) {
            return problem(HttpStatus.GONE, "Document deleted", "Document " + id + " (" + document.fileName()
                    + ") was deleted by " + document.deletedBy() + " on " + document.deletedAt()
                    + " with the contract's digital material; its record stays in the audit trail.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .body(documents.content(document));
    }

    private boolean mayRead(Authentication user, StoredDocument document) {
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (roles.contains("ROLE_" + Roles.OFFICERS) || roles.contains("ROLE_" + Roles.AUDITORS)
                || roles.contains("ROLE_" + Roles.ADMINS)) {
            return true;
        }
        return roles.contains("ROLE_" + Roles.TRAINERS)
                && contracts.trainerUsers(document.contractNumber()).contains(user.getName());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
