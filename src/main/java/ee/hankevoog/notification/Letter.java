package ee.hankevoog.notification;

/** A composed message to one recipient, about one step of one contract. */
public record Letter(String contractNumber, String groupCode, String kind, String taskId, String recipient,
        String subject, String body) {
}
