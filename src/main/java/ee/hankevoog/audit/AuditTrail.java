package ee.hankevoog.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.transaction.PerTransaction;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to a contract's audit chain in the caller's transaction: the record exists exactly when the event it
 * tells of committed.
 */
@Component
public class AuditTrail {

    /** The actor of what no logged-in user did: timers, the outbox. */
    public static final String SYSTEM = "system";

    private static final int SUMMARY_LENGTH = 1000;

    private static final String LAST_APPENDED = AuditTrail.class.getName() + ".lastAppended";

    private final AuditRecords records;
    private final IdentityService identity;
    private final EngineClock clock;
    private final ObjectMapper json;

    AuditTrail(AuditRecords records, IdentityService identity, EngineClock clock, ObjectMapper json) {
        this.records = records;
        this.identity = identity;
        this.clock = clock;
        this.json = json;
    }

    /** Records what the logged-in user, or else the system, caused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String contractNumber, AuditKind kind, String groupCode, String summary,
            Map<String, ?> details) {
        append(new AuditEvent(contractNumber, kind, currentActor(), groupCode, null, null, summary, toJson(details)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void append(AuditEvent event) {
        String number = event.contractNumber();
        // the chain's last link, read once a transaction: while the contract stays locked nobody else appends
        Optional<Map<String, AuditRecord.Link>> lastAppended = PerTransaction.value(LAST_APPENDED, HashMap::new);
        AuditRecord.Link previous = lastAppended.map(links -> links.get(number)).orElse(null);
        boolean locked = previous != null;
        if (previous == null) {
            locked = records.lockChain(number);
            previous = records.last(number).orElse(null);
        }
        AuditEvent shortened = new AuditEvent(number, event.kind(), event.actor(), event.groupCode(),
                event.taskKey(), event.taskName(), shorten(event.summary()), event.details());
        // the engine clock gives milliseconds; both databases keep them exactly, so the hash survives the round trip
        AuditRecord appended = AuditRecord.next(previous, shortened, clock.now().truncatedTo(ChronoUnit.MILLIS));
        records.insert(appended);
        if (locked) {
            lastAppended.ifPresent(links -> links.put(number, appended.link()));
        }
    }

    String currentActor() {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : SYSTEM;
    }

    String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record audit details", e);
        }
    }

    private static String shorten(String summary) {
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
