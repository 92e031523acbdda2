package ee.hankevoog.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface EmailMessageRepository extends ListCrudRepository<EmailMessage, Long> {

    /**
     * Queued messages whose time has come, and claims that ran out: one indexed query, which the outbox runs often,
     * so it runs in its caller's transaction or as one statement, not in a read-only transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("select id from email_message where status in ('QUEUED', 'SENDING') and next_attempt_at <= :now"
            + " order by id limit :limit")
    List<Long> findDue(LocalDateTime now, int limit);

    List<EmailMessage> findByContractNumberOrderById(String contractNumber);

    boolean existsByIdempotencyKey(String idempotencyKey);
}
