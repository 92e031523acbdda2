package ee.hankevoog.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The labels people see on the task forms ("Osalejate arv / Participants present"), by field key, read from the
 * forms Hankevoog deploys, so that a refusal names a field as the form does, in both of its languages.
 */
public final class FormLabels {

    private static final Map<String, String> LABELS = read();

    private FormLabels() {
    }

    /** The field as the form labels it, with its key for whoever reads logs or the API. */
    public static String of(String key) {
        String label = LABELS.get(key);
        return label == null ? "'" + key + "'" : "'" + label + "' (" + key + ")";
    }

    /** Only the label, or the key itself for a field no form labels. */
    public static String labelOf(String key) {
        return LABELS.getOrDefault(key, key);
    }

    private static Map<String, String> read() {
        Map<String, String> labels = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in), labels);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The task forms under forms/ cannot be read", e);
        }
        return Map.copyOf(labels);
    }

    private static void collect(JsonNode component, Map<String, String> labels) {
        if (component.hasNonNull("key") && component.hasNonNull("label")) {
            labels.putIfAbsent(component.get("key").asText(), component.get("label").asText());
        }
        component.path("components").forEach(child -> collect(child, labels));
    }
}
