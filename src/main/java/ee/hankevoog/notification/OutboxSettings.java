package ee.hankevoog.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("hankevoog.outbox")
public record OutboxSettings(
        @DefaultValue("hankevoog@localhost") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5m") Duration claimTimeout,
        @DefaultValue("true") boolean scheduled) {
}
