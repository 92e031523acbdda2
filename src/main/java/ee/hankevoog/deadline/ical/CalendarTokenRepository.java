package ee.hankevoog.deadline.ical;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CalendarTokenRepository extends ListCrudRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    @Modifying
    @Transactional
    @Query("update calendar_token set revoked_at = :now where user_id = :user and revoked_at is null")
    void revokeAllOf(@Param("user") String user, @Param("now") LocalDateTime now);
}
