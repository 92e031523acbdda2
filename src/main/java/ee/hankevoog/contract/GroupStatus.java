package ee.hankevoog.contract;

public enum GroupStatus {
    PLANNED, CONFIRMED, CANCELLED, COMPLETED
}
