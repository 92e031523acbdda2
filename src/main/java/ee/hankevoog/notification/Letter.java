package ee.hankevoog.notification;

import java.util.List;

/** A composed message to one recipient, about one step of one contract, with the stored files that go with it. */
public record Letter(String contractNumber, String groupCode, String kind, String taskId, String recipient,
        String subject, String body, List<Long> attachedDocuments) {

    public Letter(String contractNumber, String groupCode, String kind, String taskId, String recipient,
            String subject, String body) {
        this(contractNumber, groupCode, kind, taskId, recipient, subject, body, List.of());
    }
}
