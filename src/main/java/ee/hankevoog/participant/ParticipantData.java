package ee.hankevoog.participant;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Participants' personal data as the retention job sees it: deleted with the rest of the contract's evidence. */
@Component
public class ParticipantData {

    private final ParticipantRepository participants;

    ParticipantData(ParticipantRepository participants) {
        this.participants = participants;
    }

    /**
     * Deletes every registration of the contract (name, e-mail, workplace, attendance, assessment) and returns how
     * many went from each group, for the audit record; the caller's transaction decides.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Long> deleteOf(String contractNumber) {
        List<Participant> registered = participants.findByContractNumber(contractNumber);
        participants.deleteAll(registered);
        return registered.stream().collect(Collectors.groupingBy(Participant::groupCode, TreeMap::new,
                Collectors.counting()));
    }
}
