package ee.hankevoog.deadline.ical;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;

/** One secret calendar link of a user, kept as the hash of its token; it works until it is revoked. */
class CalendarToken {

    @Id
    private Long id;
    private final String tokenHash;
    private final String userId;
    private final LocalDateTime createdAt;
    private LocalDateTime revokedAt;

    CalendarToken(String tokenHash, String userId, LocalDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    String userId() {
        return userId;
    }
}
