package ee.hankevoog.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as operators see it: readiness knows it can be read (a node that cannot reach its messages should not
 * take requests), and the metrics count the e-mails waiting, sent and given up on. A backlog alone does not take a
 * node out: every node shares it, and the mail server's outage is the outbox's to ride out.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    private final JdbcClient jdbc;

    OutboxHealth(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("hankevoog.emails", () -> count("'QUEUED', 'SENDING'")).tag("status", "queued")
                .description("E-mails in the outbox waiting to be sent").register(meters);
        Gauge.builder("hankevoog.emails", () -> count("'FAILED'")).tag("status", "failed")
                .description("E-mails the outbox gave up on").register(meters);
        Gauge.builder("hankevoog.emails", () -> count("'SENT'")).tag("status", "sent")
                .description("E-mails the outbox sent").register(meters);
    }

    @Override
    public Health health() {
        LocalDateTime oldest = jdbc.sql("select min(next_attempt_at) from email_message where status in"
                + " ('QUEUED', 'SENDING')").query(Timestamp.class).optional().map(Timestamp::toLocalDateTime)
                .orElse(null);
        Health.Builder health = Health.up().withDetail("waiting", count("'QUEUED', 'SENDING'"));
        if (oldest != null) {
            health.withDetail("oldestDueAt", oldest.toString())
                    .withDetail("oldestWaitSeconds", Math.max(0, Duration.between(oldest, LocalDateTime.now())
                            .toSeconds()));
        }
        return health.build();
    }

    private long count(String statuses) {
        return jdbc.sql("select count(*) from email_message where status in (" + statuses + ")").query(Long.class)
                .single();
    }
}
