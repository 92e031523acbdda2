package ee.hankevoog.notification;

public enum EmailStatus {
    QUEUED, SENDING, SENT, FAILED
}
