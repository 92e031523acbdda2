package ee.hankevoog.audit.web;

import ee.hankevoog.audit.HistoryEntry;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** History as RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, quote or line break quoted. */
final class HistoryCsv {

    static final String HEADER = "time,sequence,actor,kind,group,step,summary,details";

    private HistoryCsv() {
    }

    static String write(List<HistoryEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (HistoryEntry entry : entries) {
            csv.append(Stream.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.time()),
                            entry.sequence() == null ? null : entry.sequence().toString(), entry.actor(), entry.kind(),
                            entry.group(), entry.step(), entry.summary(), entry.details())
                    .map(HistoryCsv::field)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
