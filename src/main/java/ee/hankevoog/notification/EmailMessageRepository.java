package ee.hankevoog.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

public interface EmailMessageRepository extends ListCrudRepository<EmailMessage, Long> {

    List<EmailMessage> findByStatusAndNextAttemptAtLessThanEqualOrderById(EmailStatus status, LocalDateTime now,
            Limit limit);

    List<EmailMessage> findByContractNumberOrderById(String contractNumber);

    boolean existsByIdempotencyKey(String idempotencyKey);
}
