package ee.hankevoog.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
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

    /**
     * Claims a message for one node: queued and its time come, or claimed by a node whose claim ran out (it died
     * before it reported back); the claim runs out at {@code until}. One statement, so that of two nodes racing for
     * the row only one changes it; outside a transaction it commits at once.
     */
    @Modifying
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("update email_message set status = 'SENDING', attempts = attempts + 1, next_attempt_at = :until,"
            + " version = version + 1 where id = :id and status in ('QUEUED', 'SENDING') and next_attempt_at <= :now")
    boolean claim(long id, LocalDateTime now, LocalDateTime until);

    /**
     * How an attempt ended, written to the message's row alone (a save rewrites its attachments too) if its version
     * is still the one read; false if not.
     */
    @Modifying
    @Transactional(propagation = Propagation.MANDATORY)
    @Query("update email_message set status = :status, next_attempt_at = :nextAttemptAt, sent_at = :sentAt,"
            + " last_error = :lastError, version = version + 1 where id = :id and version = :version")
    boolean recordAttempt(long id, int version, String status, LocalDateTime nextAttemptAt, LocalDateTime sentAt,
            String lastError);

    List<EmailMessage> findByContractNumberOrderById(String contractNumber);

    @Query("select count(*) > 0 from email_message where idempotency_key = :idempotencyKey")
    boolean existsByIdempotencyKey(String idempotencyKey);
}
