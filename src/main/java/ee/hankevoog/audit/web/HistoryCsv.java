package ee.hankevoog.audit.web;

import ee.hankevoog.audit.HistoryEntry;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * History as RFC 4180 CSV: a UTF-8 byte order mark (so that Excel reads the letters õ, ä, ö, ü, š, ž right), a
 * header row, CRLF line ends, fields with the separator, a quote or a line break quoted. The separator is a comma,
 * or a semicolon for spreadsheets set up for Estonian (where the comma is the decimal sign).
 */
final class HistoryCsv {

    static final List<String> HEADER = List.of("time", "sequence", "actor", "kind", "group", "step", "summary",
            "details");
    private static final String BOM = "\uFEFF";

    private HistoryCsv() {
    }

    static String write(List<HistoryEntry> entries, char separator) {
        String delimiter = String.valueOf(separator);
        StringBuilder csv = new StringBuilder(BOM).append(String.join(delimiter, HEADER)).append("\r\n");
        for (HistoryEntry entry : entries) {
            csv.append(Stream.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.time()),
                            entry.sequence() == null ? null : entry.sequence().toString(), entry.actor(), entry.kind(),
                            entry.group(), entry.step(), entry.summary(), entry.details())
                    .map(value -> field(value, separator))
                    .collect(Collectors.joining(delimiter))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value, char separator) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
