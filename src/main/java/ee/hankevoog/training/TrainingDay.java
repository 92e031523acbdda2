package ee.hankevoog.training;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;

/**
 * One day of a group's training, and whether it was held: a held day is history and never moves; a day not held
 * waits for its new date.
 *
 * @param held null while the day lies ahead, true once held, false when recorded as not held
 */
public record TrainingDay(@Column("training_date") LocalDate day, Boolean held) {

    public static TrainingDay planned(LocalDate day) {
        return new TrainingDay(day, null);
    }

    public boolean wasHeld() {
        return Boolean.TRUE.equals(held);
    }
}
