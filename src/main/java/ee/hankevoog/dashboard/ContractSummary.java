package ee.hankevoog.dashboard;

import ee.hankevoog.contract.ContractState;
import ee.hankevoog.deadline.Deadline;

/**
 * One line of the officers' contracts page.
 *
 * @param nextDeadline the earliest deadline not yet met (overdue ones first), or null when none is left
 */
public record ContractSummary(String number, String title, ContractState state, Deadline nextDeadline,
        long open, long overdue) {
}
