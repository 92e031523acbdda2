package ee.hankevoog.training;

public enum GroupStatus {
    PLANNED, CONFIRMED, CANCELLED, COMPLETED
}
