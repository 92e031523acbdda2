package ee.hankevoog.audit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.taskform.FormLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A history entry's details (JSON, kept as evidence) as lines a person reads: what a form's fields were answered,
 * labelled as the form labels them; what a user operation changed; which files went out. The JSON itself stays
 * on the page for whoever needs it.
 */
@Component
class ReadableDetails {

    /** Engine and database ids: evidence for the JSON, noise for a reader. */
    private static final Set<String> IDS = Set.of("taskId", "processInstanceId", "operationId", "messageId",
            "deliveryId", "documentId", "idempotencyKey", "bodySha256", "attachedDocuments", "annotation");

    private final ObjectMapper json;

    ReadableDetails(ObjectMapper json) {
        this.json = json;
    }

    List<String> of(String details) {
        JsonNode node;
        try {
            node = json.readTree(details == null ? "{}" : details);
        } catch (JsonProcessingException e) {
            return List.of(details);
        }
        List<String> lines = new ArrayList<>();
        node.path("entered").fields().forEachRemaining(field ->
                lines.add(FormLabels.labelOf(field.getKey()) + ": " + text(field.getValue())));
        node.path("changes").forEach(change -> lines.add(change.path("property").asText() + ": "
                + change.path("orgValue").asText("–") + " → " + change.path("newValue").asText("–")));
        node.path("files").forEach(file -> lines.add(file.path("fileName").asText() + " ("
                + file.path("sizeBytes").asLong() + " B, SHA-256 " + file.path("sha256").asText() + ")"));
        node.fields().forEachRemaining(field -> {
            if (!IDS.contains(field.getKey()) && !List.of("entered", "changes", "files").contains(field.getKey())
                    && !field.getValue().isNull()) {
                lines.add(field.getKey() + ": " + text(field.getValue()));
            }
        });
        return lines;
    }

    private static String text(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes / jah" : "no / ei";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
