package ee.hankevoog.participant;

import ee.hankevoog.contract.ContractLookup;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Where a trainer ticks who was present on a training day: the day's task links to it and shows its record. */
@Component("attendancePages")
public class AttendancePage {

    private final ContractLookup contracts;
    private final ParticipantRepository participants;

    AttendancePage(ContractLookup contracts, ParticipantRepository participants) {
        this.contracts = contracts;
        this.participants = participants;
    }

    /** The page of the group's day at {@code dayIndex}, as the day's task form links to it. */
    public String forDay(String number, String groupCode, int dayIndex) {
        return path(number, groupCode, contracts.get(number).group(groupCode).trainingDates().get(dayIndex));
    }

    /** The day's record as its task shows it when the task opens; later records update the open task. */
    public String recordOn(String number, String groupCode, int dayIndex) {
        LocalDate day = contracts.get(number).group(groupCode).trainingDates().get(dayIndex);
        List<Participant> taking = participants.findByContractNumberAndGroupCodeOrderByLastNameAscFirstNameAsc(
                number, groupCode).stream().filter(Participant::takesPart).toList();
        if (taking.isEmpty()) {
            return "Grupil pole Hankevoogus osalejate nimekirja / the group has no roster in Hankevoog";
        }
        if (taking.stream().noneMatch(participant -> participant.attendance().containsKey(day))) {
            return "Päeva kohalolek on märkimata / the day's attendance is not recorded yet";
        }
        return DayTaskShowsRecord.summary(taking.stream().filter(p -> p.attendance().getOrDefault(day, false))
                .count(), taking.size(), taking.stream().filter(p -> p.signedBy(day)).count());
    }

    public static String path(String number, String groupCode, LocalDate day) {
        return "/my/contracts/" + number + "/groups/" + groupCode + "/days/" + day + "/attendance";
    }
}
