package ee.hankevoog.participant;

import java.time.LocalDate;

/** Attendance is recorded on the day or after it, never ahead. */
public class DayNotYetCome extends RuntimeException {

    DayNotYetCome(String group, LocalDate day, LocalDate today) {
        super("Group " + group + "'s training day " + day + " has not come yet (today is " + today + "); record who"
                + " was present on the day or after it.");
    }
}
