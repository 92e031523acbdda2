package ee.hankevoog.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Hankevoog keeps what it records: audits of public procurement look back years, so the default
 * is ten. Camunda's history, the e-mail outbox and stored records all follow this one setting.
 */
@ConfigurationProperties("hankevoog.retention")
public record RetentionSettings(@DefaultValue("3650") int days) {
}
