package ee.hankevoog.deadline;

public enum DeadlineStatus {
    OPEN, DONE, OVERDUE, CANCELLED
}
