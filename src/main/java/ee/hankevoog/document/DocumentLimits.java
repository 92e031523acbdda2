package ee.hankevoog.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The contract's "optimal size" rule, as numbers: one file, and all files of one delivery. Fifteen megabytes of
 * files make an e-mail of about twenty once encoded, under the 25 MB that common mail servers take.
 */
@ConfigurationProperties("hankevoog.documents")
public record DocumentLimits(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("15MB") DataSize maxDeliverySize,
        @DefaultValue("20") int maxFiles) {
}
