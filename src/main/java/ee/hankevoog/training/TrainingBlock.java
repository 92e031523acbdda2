package ee.hankevoog.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Days of one group whose materials are delivered together: all of them, or consecutive working days where the
 * contract agreed materials per block ({@link MaterialsDue}). The deadline counts from the first day.
 */
public record TrainingBlock(int index, List<LocalDate> days) {

    public LocalDate firstDay() {
        return days.get(0);
    }
}
