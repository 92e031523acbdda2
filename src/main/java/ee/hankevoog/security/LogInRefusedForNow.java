package ee.hankevoog.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** An address that failed too often on one account, refused for a while without its password being checked. */
class LogInRefusedForNow extends AuthenticationException {

    private final Duration wait;

    LogInRefusedForNow(Duration wait) {
        super("Too many failed log-ins for this account from your address; try again in "
                + LoginThrottle.retryAfter(wait) + " s");
        this.wait = wait;
    }

    String retryAfter() {
        return LoginThrottle.retryAfter(wait);
    }
}
