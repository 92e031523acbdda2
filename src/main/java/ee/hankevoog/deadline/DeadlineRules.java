package ee.hankevoog.deadline;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a deadline was counted, in the reader's language, as a person checks it ("last training day 25.05.2026 +
 * 10 calendar days"). The API's {@code rule} keeps the English text with the setting behind each number, for
 * whoever configures Hankevoog; the pages show this one.
 */
@Component
public class DeadlineRules {

    private final MessageSource messages;
    private final DeadlineSettings settings;

    DeadlineRules(MessageSource messages, DeadlineSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String explain(Deadline deadline, Locale locale) {
        Object[] arguments = switch (deadline.obligation()) {
            case DATE_AGREEMENT -> new Object[] {
                    day(deadline.due().minusDays(Contract.DATE_AGREEMENT_DAYS), locale), Contract.DATE_AGREEMENT_DAYS};
            case PRE_MEETING, JUHAN_PROFILE -> new Object[] {day(deadline.trainingDay(), locale)};
            case CANCELLATION_NOTICE -> new Object[] {
                    day(deadline.trainingDay(), locale), TrainingGroup.CANCELLATION_NOTICE_DAYS};
            case MATERIALS -> new Object[] {
                    day(deadline.trainingDay(), locale), DeadlineSchedule.MATERIALS_WORKING_DAYS};
            case HANDOVER_ACT -> new Object[] {day(deadline.trainingDay(), locale), settings.handoverDaysAfterLastDay()};
            case FEEDBACK -> new Object[] {day(deadline.trainingDay(), locale), settings.feedbackDaysAfterLastDay()};
            case DIGITAL_MATERIAL_DELETION -> new Object[] {
                    day(deadline.trainingDay(), locale), settings.deletionDaysAfterLastDay()};
        };
        boolean perBlock = deadline.obligation() == Obligation.MATERIALS && deadline.itemIndex() != null;
        String key = "rule." + deadline.obligation() + (perBlock ? ".perBlock" : "");
        return messages.getMessage(key, arguments, deadline.rule(), locale);
    }

    /** Estonian readers write 25.05.2026; others read the ISO date the API and the e-mails use. */
    private static String day(LocalDate day, Locale locale) {
        return "et".equals(locale.getLanguage()) ? day.format(WorkingDays.ESTONIAN_DATE) : day.toString();
    }
}
