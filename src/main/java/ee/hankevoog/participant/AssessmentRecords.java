package ee.hankevoog.participant;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingGroup;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment after the group's last training day: who passed, who did not, each record replacing the last;
 * refused before that day.
 */
@Component
public class AssessmentRecords {

    private final ContractLookup contracts;
    private final ParticipantRepository participants;
    private final EngineClock clock;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    AssessmentRecords(ContractLookup contracts, ParticipantRepository participants, EngineClock clock,
            AuditTrail audit, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.participants = participants;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public void record(String number, String groupCode, Set<String> passed, Set<String> notPassed) {
        contracts.lock(number);
        TrainingGroup group = contracts.requireWithGroup(number, groupCode).group(groupCode);
        if (!group.hasDays() || clock.today().isBefore(group.lastDay())) {
            throw new DayNotYetCome(groupCode, group.hasDays() ? group.lastDay() : clock.today().plusDays(1),
                    clock.today());
        }
        Map<String, Participant> roster = participants
                .ofGroup(number, groupCode).stream()
                .filter(Participant::takesPart)
                .collect(Collectors.toMap(Participant::juhanId, Function.identity()));
        List<String> unknown = Stream.concat(passed.stream(), notPassed.stream()).distinct()
                .filter(id -> !roster.containsKey(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new AttendanceRefused("JUHAN ids " + unknown + " are not on group " + groupCode + "'s roster");
        }
        List<String> both = passed.stream().filter(notPassed::contains).sorted().toList();
        if (!both.isEmpty()) {
            throw new AttendanceRefused("participants " + both + " are both passed and not passed; name each once");
        }
        // each record replaces the last, as a day's attendance does: one left out has no result yet
        roster.values().forEach(participant -> participant.assess(passed.contains(participant.juhanId())
                ? Assessment.PASSED : notPassed.contains(participant.juhanId()) ? Assessment.NOT_PASSED : null));
        // the result alone: saving the participants would write the group's attendance of every day again
        jdbc.batchUpdate("update participant set assessment = ? where id = ?", roster.values().stream()
                .map(participant -> new Object[] {participant.assessment() == null ? null
                        : participant.assessment().name(), participant.id()}).toList());
        audit.append(number, AuditKind.ASSESSMENT_RECORDED, groupCode, "Recorded group " + groupCode + "'s"
                + " assessment: " + passed.size() + " passed, " + notPassed.size() + " not passed",
                Map.of("passed", passed.size(), "notPassed", notPassed.size()));
    }
}
