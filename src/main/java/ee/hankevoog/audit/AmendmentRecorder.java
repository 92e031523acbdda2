package ee.hankevoog.audit;

import ee.hankevoog.contract.ContractAmended;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records each change of a running contract: who, why, what before and after, and any exception it needed. */
@Component
class AmendmentRecorder {

    private final AuditTrail audit;

    AmendmentRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onAmended(ContractAmended amended) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", amended.what());
        details.put("before", amended.before());
        details.put("after", amended.after());
        details.put("reason", amended.reason());
        if (amended.exception() != null) {
            details.put("exception", amended.exception());
        }
        details.put("revision", amended.revision());
        String subject = amended.groupCode() != null ? "group " + amended.groupCode() + "'s " + amended.what()
                : amended.what();
        audit.append(new AuditEvent(amended.contractNumber(), AuditKind.CONTRACT_AMENDED, amended.amendedBy(),
                amended.groupCode(), null, null, "Changed " + subject + ": " + amended.before() + " → "
                        + amended.after() + " (" + amended.reason() + ")", audit.toJson(details)));
    }
}
