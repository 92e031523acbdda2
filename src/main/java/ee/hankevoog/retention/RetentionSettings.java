package ee.hankevoog.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Hankevoog keeps what it records: audits of public procurement look back years, so the default
 * is ten. Camunda's history, the e-mail outbox and stored records all follow {@code days}. The evidence that a
 * contract was performed (materials as delivered, accepted acts) is kept until the end of the
 * {@code evidenceYearsAfterClosing}th year after the contract closed, as EU co-funding asks, unless the contract
 * says otherwise.
 */
@ConfigurationProperties("hankevoog.retention")
public record RetentionSettings(@DefaultValue("3650") int days, @DefaultValue("5") int evidenceYearsAfterClosing) {
}
