package ee.hankevoog.audit.web;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 writes it, to check that an export parses back; strict about what it accepts. */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i = quoted(csv, i + 1, field);
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new IllegalArgumentException("Unquoted " + (int) c + " at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("The last row does not end with CRLF");
        }
        return rows;
    }

    /** Reads a quoted field from just after its opening quote; returns the index after its closing quote. */
    private static int quoted(String csv, int start, StringBuilder field) {
        int i = start;
        while (true) {
            if (i >= csv.length()) {
                throw new IllegalArgumentException("Unclosed quote from " + (start - 1));
            }
            char c = csv.charAt(i);
            if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                field.append(c);
                i++;
            }
        }
    }
}
