package ee.hankevoog.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.audit.ContractHistory;
import ee.hankevoog.audit.HistoryEntry;
import ee.hankevoog.audit.HistoryFilter;
import ee.hankevoog.calendar.TypedDays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A contract's history for auditors, as JSON or as a CSV file, filtered by days, person and group. */
@RestController
// the pages reach the same export under /history/{number}, with their session log-in
@RequestMapping({"/api/contracts/{number}", "/history/{number}"})
class HistoryController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ContractHistory history;
    private final ObjectMapper json;

    HistoryController(ContractHistory history, ObjectMapper json) {
        this.history = history;
        this.json = json;
    }

    @GetMapping("/history")
    List<HistoryView> history(@PathVariable String number, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String person,
            @RequestParam(required = false) String group) {
        return history.of(number, filter(from, to, person, group)).stream().map(this::view).toList();
    }

    @GetMapping("/history.csv")
    ResponseEntity<byte[]> csv(@PathVariable String number, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String person,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "comma") String separator) {
        char between = switch (separator) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            default -> throw new InvalidHistoryFilter("separator", "Parameter 'separator' must be 'comma' (the"
                    + " default) or 'semicolon' (for Excel set up for Estonian), got '" + separator + "'.");
        };
        List<HistoryEntry> entries = history.of(number, filter(from, to, person, group));
        // a contract number may hold any character; the file name keeps only those every browser and shell take as is
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("history-" + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv").build().toString())
                .body(HistoryCsv.write(entries, between).getBytes(StandardCharsets.UTF_8));
    }

    static HistoryFilter filter(String from, String to, String person, String group) {
        HistoryFilter filter = new HistoryFilter(day("from", from), day("to", to), text(person), text(group));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidHistoryFilter("to", "Parameter 'to' (" + to + ") is before 'from' (" + from + ").");
        }
        return filter;
    }

    private static LocalDate day(String parameter, String value) {
        if (text(value) == null) {
            return null;
        }
        return TypedDays.parse(value).orElseThrow(() -> new InvalidHistoryFilter(parameter, "Parameter '" + parameter
                + "' must be a day as YYYY-MM-DD or DD.MM.YYYY, got '" + value + "'."));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An entry as JSON: details as the object it is, or as text if a stored record no longer holds JSON. */
    private HistoryView view(HistoryEntry entry) {
        JsonNode details;
        try {
            details = json.readTree(entry.details());
        } catch (IOException notJson) {
            details = json.getNodeFactory().textNode(entry.details());
        }
        return new HistoryView(entry.time(), entry.sequence(), entry.actor(), entry.kind(), entry.group(),
                entry.step(), entry.summary(), details);
    }

    /** The JSON an auditor's client reads; its field names are part of the API. */
    record HistoryView(LocalDateTime time, Long sequence, String actor, String kind, String group, String step,
            String summary, JsonNode details) {
    }
}
