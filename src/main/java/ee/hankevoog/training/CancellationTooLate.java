package ee.hankevoog.training;

import java.time.LocalDate;

/** The customer may cancel a group only until two weeks before its first day. */
public class CancellationTooLate extends RuntimeException {

    public CancellationTooLate(String group, LocalDate deadline, LocalDate today) {
        super("Group " + group + " can no longer be cancelled: the cancellation deadline (first training day − "
                + TrainingGroup.CANCELLATION_NOTICE_DAYS + " calendar days) was " + deadline + ", today is " + today
                + ". Confirm the enrolment instead.");
    }
}
