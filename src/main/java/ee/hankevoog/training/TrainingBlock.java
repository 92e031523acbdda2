package ee.hankevoog.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Consecutive working days of one group, delivered as one piece; each block has its own materials
 * deadline, counted from its first day.
 */
public record TrainingBlock(int index, List<LocalDate> days) {

    public LocalDate firstDay() {
        return days.get(0);
    }
}
