package ee.hankevoog.deadline;

public enum DeadlineStatus {
    OPEN, DONE,
    /** Done, but after the deadline: what the contract calls a breach, kept visible once the work is in. */
    DONE_LATE, OVERDUE, CANCELLED,
    /** A right not used in time (the customer's right to cancel a group): nobody's duty, so never overdue. */
    RIGHT_EXPIRED
}
