package ee.hankevoog.participant;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a group's registrations from JUHAN's export: new ones are added, known ones (by JUHAN id) updated, those
 * cancelled or on the waiting list are not added (one imported before and now cancelled is CANCELLED). All or
 * nothing: a bad row or a group over its limit stores nothing.
 */
@Component
public class RosterImport {

    /** What an import did. */
    public record Result(int added, int updated, int skipped) {
    }

    private final ContractLookup contracts;
    private final ParticipantRepository participants;
    private final EngineClock clock;
    private final AuditTrail audit;

    RosterImport(ContractLookup contracts, ParticipantRepository participants, EngineClock clock, AuditTrail audit) {
        this.contracts = contracts;
        this.participants = participants;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Result importRoster(String number, String groupCode, byte[] file) {
        contracts.lock(number);
        Contract contract = contracts.requireWithGroup(number, groupCode);
        TrainingGroup group = contract.group(groupCode);
        List<RosterRow> rows = RosterFile.read(file);
        Map<String, Participant> known = participants.ofGroup(
                number, groupCode).stream().collect(Collectors.toMap(Participant::juhanId, Function.identity()));
        LocalDateTime now = clock.now();
        int added = 0;
        int updated = 0;
        int skipped = 0;
        for (RosterRow row : rows) {
            Participant participant = known.get(row.juhanId());
            if (participant != null) {
                participant.update(row, now);
                updated++;
            } else if (row.status().takesPart()) {
                known.put(row.juhanId(), new Participant(number, groupCode, row.juhanId(), row.firstName(),
                        row.lastName(), row.email(), row.workplace(), ParticipantStatus.REGISTERED, now));
                added++;
            } else {
                skipped++;
            }
        }
        long taking = known.values().stream().filter(Participant::takesPart).count();
        if (taking > group.participantLimit()) {
            throw new TooManyParticipants(groupCode, group.participantLimit(), taking);
        }
        participants.saveAll(known.values());
        // counts only: the audit chain is kept for years, people's names are not
        audit.append(number, AuditKind.ROSTER_IMPORTED, groupCode, "Imported group " + groupCode + "'s roster from"
                + " JUHAN: " + added + " added, " + updated + " updated, " + skipped + " not added; " + taking
                + " taking part", Map.of("added", added, "updated", updated, "skipped", skipped, "takingPart", taking));
        return new Result(added, updated, skipped);
    }

    /** The group's registrations in name order. */
    public List<Participant> of(String number, String groupCode) {
        contracts.requireWithGroup(number, groupCode);
        return participants.ofGroup(number, groupCode);
    }
}
