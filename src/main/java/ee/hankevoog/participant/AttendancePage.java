package ee.hankevoog.participant;

import ee.hankevoog.contract.ContractLookup;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Where a trainer ticks who was present on a training day: the day's task links to it. */
@Component("attendancePage")
public class AttendancePage {

    private final ContractLookup contracts;

    AttendancePage(ContractLookup contracts) {
        this.contracts = contracts;
    }

    /** The page of the group's day at {@code dayIndex}, as the day's task form links to it. */
    public String forDay(String number, String groupCode, int dayIndex) {
        return path(number, groupCode, contracts.get(number).group(groupCode).trainingDates().get(dayIndex));
    }

    public static String path(String number, String groupCode, LocalDate day) {
        return "/my/contracts/" + number + "/groups/" + groupCode + "/days/" + day + "/attendance";
    }
}
