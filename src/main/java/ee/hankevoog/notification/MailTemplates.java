package ee.hankevoog.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Hankevoog's e-mail texts: plain-text templates under templates/mail/, with their words in the message bundle.
 * A message is bilingual in itself, Estonian first with an English line, so its words come from the bundle's
 * default file whatever the reader's language.
 */
@Component
public class MailTemplates {

    private static final Locale BOTH_LANGUAGES = Locale.ROOT;

    private final MessageSource messages;
    // Spring Boot's engine renders the HTML pages; this one renders text, with the same messages
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    /** The text of templates/mail/{template}.txt with these values. */
    public String text(String template, Map<String, Object> values) {
        return templates.process(template, new Context(BOTH_LANGUAGES, values));
    }

    /** One message of the bundle, its arguments written as text (no number or date formats of a locale). */
    public String word(String key, Object... arguments) {
        return messages.getMessage(key, Arrays.stream(arguments).map(String::valueOf).toArray(), BOTH_LANGUAGES);
    }

    /** One message of the bundle, or the fallback when the bundle has none. */
    public String wordOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, BOTH_LANGUAGES);
    }
}
