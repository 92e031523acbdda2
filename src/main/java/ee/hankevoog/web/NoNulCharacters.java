package ee.hankevoog.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL cannot store the NUL character in text, so a request carrying one would fail only when it is saved:
 * refuse it while reading the request, naming the field, on every database alike.
 */
@Component
class NoNulCharacters extends SimpleModule {

    static final String PROBLEM = "contains the NUL character (U+0000), which no text may contain";

    NoNulCharacters() {
        super("NoNulCharacters");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null && text.indexOf('\u0000') >= 0) {
                    throw context.weirdStringException(text, String.class, PROBLEM);
                }
                return text;
            }
        });
    }
}
