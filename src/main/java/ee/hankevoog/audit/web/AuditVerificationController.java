package ee.hankevoog.audit.web;

import ee.hankevoog.audit.AuditVerification;
import ee.hankevoog.audit.ChainReport;
import ee.hankevoog.contract.ContractLookup;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recomputes the audit chains, of one contract or of all, and reports the first broken link of each. */
@RestController
class AuditVerificationController {

    private final AuditVerification verification;
    private final ContractLookup contracts;

    AuditVerificationController(AuditVerification verification, ContractLookup contracts) {
        this.verification = verification;
        this.contracts = contracts;
    }

    @PostMapping("/api/audit/verify")
    List<ChainReport> verify(@RequestParam(required = false) String contract) {
        if (contract == null) {
            return verification.verifyAll();
        }
        ChainReport report = verification.verify(contract);
        if (report.records() == 0) {
            contracts.requireExists(contract);
        }
        return List.of(report);
    }
}
