package ee.hankevoog.deadline;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The offsets the contract leaves to the customer: when reminders and escalations go out, and the
 * targets for steps whose deadline the contract does not fix.
 */
@ConfigurationProperties("hankevoog.deadlines")
public record DeadlineSettings(
        @DefaultValue("2") int reminderDaysBefore,
        @DefaultValue("1") int escalationDaysAfter,
        @DefaultValue("09:00") LocalTime noticeTime,
        @DefaultValue("08:00") LocalTime trainingDayStartsAt,
        @DefaultValue("10") int handoverDaysAfterLastDay,
        @DefaultValue("14") int feedbackDaysAfterLastDay,
        @DefaultValue("30") int deletionDaysAfterLastDay) {
}
