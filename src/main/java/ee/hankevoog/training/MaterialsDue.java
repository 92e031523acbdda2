package ee.hankevoog.training;

import ee.hankevoog.calendar.WorkingDays;
import java.util.List;

/**
 * What the five-working-day materials deadline counts from. The seed says "before the respective training", and a
 * training is a group's whole course, so by default one delivery covers all of a group's days; a contract may agree
 * a delivery per block of consecutive days instead.
 */
public enum MaterialsDue {
    TRAINING,
    BLOCK;

    /** The group's deliveries, each with the days its materials are for; counted from each one's first day. */
    public List<TrainingBlock> deliveriesOf(TrainingGroup group, WorkingDays workingDays) {
        if (this == BLOCK) {
            return group.blocks(workingDays);
        }
        return group.hasDays() ? List.of(new TrainingBlock(0, group.trainingDates())) : List.of();
    }
}
