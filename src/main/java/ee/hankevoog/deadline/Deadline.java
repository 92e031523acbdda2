package ee.hankevoog.deadline;

import java.time.LocalDate;

/**
 * One computed deadline, with the rule it was counted by so that an officer can check it.
 *
 * @param group       the training group's code, or null for the whole contract
 * @param trainingDay the day the deadline is counted from, or null
 * @param itemIndex   which block of the group, for materials due per block; otherwise null
 */
public record Deadline(Obligation obligation, String group, LocalDate trainingDay, Integer itemIndex,
        LocalDate due, String rule) {
}
