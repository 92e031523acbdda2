package ee.hankevoog.audit;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;

/** Who completed which task of which contract, when, and what they entered. */
public record TaskCompletion(@Id Long id, String contractNumber, String processKey, String taskKey, String taskId,
        String taskName, String groupCode, Integer itemIndex, LocalDateTime completedAt, String completedBy,
        String details) {
}
