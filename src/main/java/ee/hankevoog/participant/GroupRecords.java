package ee.hankevoog.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a group's records say about its people, for the steps that report on them: the day's head count, the act's
 * list of who completed and who did not, and whether every participant was assessed.
 */
@Component
public class GroupRecords {

    /** One participant as the act lists them. */
    public record Outcome(String name, ParticipantStatus status, String reason) {
    }

    private final ParticipantRepository participants;

    GroupRecords(ParticipantRepository participants) {
        this.participants = participants;
    }

    /** A group whose roster was imported from JUHAN; without one the steps fall back to what people type. */
    public boolean hasRoster(String number, String groupCode) {
        return !taking(number, groupCode).isEmpty();
    }

    /** A training day's record in counts: who was present, of how many, and how many had signed the agreement. */
    public record DayCount(long present, long onRoster, long signed) {
    }

    /** The day's record; empty when the day has no record yet. */
    public Optional<DayCount> countOn(String number, String groupCode, LocalDate day) {
        List<Participant> taking = taking(number, groupCode);
        if (taking.stream().noneMatch(participant -> participant.attendance().containsKey(day))) {
            return Optional.empty();
        }
        return Optional.of(new DayCount(taking.stream()
                .filter(participant -> participant.attendance().getOrDefault(day, false)).count(), taking.size(),
                taking.stream().filter(participant -> participant.signedBy(day)).count()));
    }

    /** Each participant's outcome, in name order; those cancelled in JUHAN are left out. */
    public List<Outcome> outcomes(String number, String groupCode, List<LocalDate> trainingDays) {
        return taking(number, groupCode).stream().map(participant -> {
            Participant.Completion completion = participant.completion(trainingDays);
            return new Outcome(participant.firstName() + " " + participant.lastName(), completion.status(),
                    completion.reason());
        }).toList();
    }

    private List<Participant> taking(String number, String groupCode) {
        return participants.ofGroup(number, groupCode)
                .stream().filter(Participant::takesPart).toList();
    }
}
