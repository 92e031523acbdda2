package ee.hankevoog.participant;

import ee.hankevoog.contract.ContractLookup;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Where a trainer ticks who was present on a training day: the day's task links to it and shows its record. */
@Component("attendancePages")
public class AttendancePage {

    private final ContractLookup contracts;
    private final GroupRecords records;

    AttendancePage(ContractLookup contracts, GroupRecords records) {
        this.contracts = contracts;
        this.records = records;
    }

    /** The page of the group's day at {@code dayIndex}, as the day's task form links to it. */
    public String forDay(String number, String groupCode, int dayIndex) {
        return path(number, groupCode, dayOf(number, groupCode, dayIndex));
    }

    /** The day's record as its task shows it when the task opens; later records update the open task. */
    public String recordOn(String number, String groupCode, int dayIndex) {
        if (!records.hasRoster(number, groupCode)) {
            return "Grupil pole Hankevoogus osalejate nimekirja / the group has no roster in Hankevoog";
        }
        return records.countOn(number, groupCode, dayOf(number, groupCode, dayIndex))
                .map(count -> DayTaskShowsRecord.summary(count.present(), count.onRoster(), count.signed()))
                .orElse("Päeva kohalolek on märkimata / the day's attendance is not recorded yet");
    }

    private LocalDate dayOf(String number, String groupCode, int dayIndex) {
        return contracts.get(number).group(groupCode).trainingDates().get(dayIndex);
    }

    public static String path(String number, String groupCode, LocalDate day) {
        return "/my/contracts/" + number + "/groups/" + groupCode + "/days/" + day + "/attendance";
    }
}
