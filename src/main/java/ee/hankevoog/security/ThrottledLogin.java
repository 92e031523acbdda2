package ee.hankevoog.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/** A failed log-in whose answer was held back, and for how long: the client sees it as Retry-After. */
class ThrottledLogin extends BadCredentialsException {

    private final Duration delay;

    ThrottledLogin(Duration delay) {
        super("Wrong user name or password");
        this.delay = delay;
    }

    Duration delay() {
        return delay;
    }
}
