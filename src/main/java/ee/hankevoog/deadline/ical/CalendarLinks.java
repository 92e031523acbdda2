package ee.hankevoog.deadline.ical;

import ee.hankevoog.calendar.EngineClock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's secret link to their deadline calendar. The link is the only credential a calendar app can
 * carry, so its token is 256 random bits, stored only as a hash, and at most one per user works at a time.
 */
@Component
public class CalendarLinks {

    /** 32 bytes in URL-safe Base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokenRepository tokens;
    private final IdentityService identity;
    private final EngineClock clock;
    private final String baseUrl;

    CalendarLinks(CalendarTokenRepository tokens, IdentityService identity, EngineClock clock,
            @Value("${hankevoog.base-url}") String baseUrl) {
        this.tokens = tokens;
        this.identity = identity;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A new link for the user, whose previous link stops working. */
    @Transactional
    public String renew(String user) {
        revoke(user);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new CalendarToken(DigestUtils.sha256Hex(token), user, clock.now()));
        return baseUrl + "/calendar/" + token + ".ics";
    }

    @Transactional
    public void revoke(String user) {
        tokens.revokeAllOf(user, clock.now());
    }

    /** Whose calendar a token opens: nobody's if it is unknown, revoked, or its user no longer exists. */
    public Optional<String> userOf(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(DigestUtils.sha256Hex(token)).map(CalendarToken::userId)
                .filter(user -> identity.createUserQuery().userId(user).count() == 1);
    }

}
