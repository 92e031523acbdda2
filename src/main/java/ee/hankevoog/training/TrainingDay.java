package ee.hankevoog.training;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;

public record TrainingDay(@Column("training_date") LocalDate day) {
}
