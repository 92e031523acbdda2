package ee.hankevoog.security;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows failed log-ins, never correct ones. Each source address and each account may fail a few times freely;
 * past that every further failure is answered later, the more so the faster failures come, up to a short cap,
 * and the allowance refills with time. An address that keeps failing on one account is refused for a while
 * without its password being checked, so that guessing in parallel gains nothing; the same account from any
 * other address is not. Nothing is ever locked, so a stranger guessing at an account cannot shut its owner out,
 * and the owner's correct password is answered at once. The counts live in memory, per node.
 */
@Component
class LoginThrottle {

    private static final int MAX_KEYS = 10_000;
    private static final int MAX_NAME = 256;

    private final int freeFailures;
    private final Duration refill;
    private final Duration maxDelay;
    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();
    // a held-back answer holds a request thread: beyond this many, further failures are answered at once
    private final Semaphore holding = new Semaphore(16);

    LoginThrottle(@Value("${hankevoog.login-throttle.free-failures:5}") int freeFailures,
            @Value("${hankevoog.login-throttle.refill:2s}") Duration refill,
            @Value("${hankevoog.login-throttle.max-delay:10s}") Duration maxDelay) {
        this.freeFailures = freeFailures;
        this.refill = refill;
        this.maxDelay = maxDelay;
    }

    /** How long this address must wait before it may try this account again, if it has failed it too often. */
    Optional<Duration> refusal(String account, String source) {
        Bucket pair = failures.get(pairKey(account, source));
        if (pair == null || pair.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(pair.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** Counts a failed log-in and holds its answer back; returns for how long. */
    Duration failed(String account, String source) {
        bucket(pairKey(account, source), 2L * freeFailures, refill.multipliedBy(15)).tryConsume(1);
        Duration delay = max(penalty("account:" + name(account)), penalty("source:" + source));
        delay = delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        holdBack(delay);
        return delay;
    }

    /** A wait as the Retry-After header gives it: whole seconds, rounded up, at least one. */
    static String retryAfter(Duration wait) {
        return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private void holdBack(Duration delay) {
        if (delay.isZero() || !holding.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.release();
        }
    }

    private Duration penalty(String key) {
        // the short-term allowance refills quickly; the long-term one slowly, so that a steady guesser waits longer
        Bucket bucket = failures.computeIfAbsent(prune(key), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(freeFailures).refillGreedy(1, refill))
                .addLimit(limit -> limit.capacity(4L * freeFailures).refillGreedy(1, refill.multipliedBy(15)))
                .build());
        return Duration.ofNanos(bucket.consumeIgnoringRateLimits(1));
    }

    private Bucket bucket(String key, long capacity, Duration refillOne) {
        return failures.computeIfAbsent(prune(key), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(1, refillOne)).build());
    }

    /** Forgets the keys whose allowance has refilled once there are many: each is then as good as new. */
    private String prune(String key) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(bucket -> bucket.getAvailableTokens() >= freeFailures);
        }
        return key;
    }

    private static String pairKey(String account, String source) {
        return "pair:" + source + ":" + name(account);
    }

    private static String name(String account) {
        return account.length() <= MAX_NAME ? account : account.substring(0, MAX_NAME);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
