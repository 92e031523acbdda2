package ee.hankevoog.audit;

import ee.hankevoog.contract.GroupCancelled;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records a cancellation made through Hankevoog's API or page, by the officer who made it, with its ground. */
@Component
class GroupCancellationRecorder {

    private final AuditTrail audit;

    GroupCancellationRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onCancelled(GroupCancelled cancelled) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", cancelled.reason());
        details.put("registeredParticipants", cancelled.registeredParticipants());
        audit.append(new AuditEvent(cancelled.contractNumber(), AuditKind.GROUP_CANCELLED, cancelled.cancelledBy(),
                cancelled.groupCode(), null, null, "Cancelled group " + cancelled.groupCode() + ": "
                + cancelled.reason(), audit.toJson(details)));
    }
}
