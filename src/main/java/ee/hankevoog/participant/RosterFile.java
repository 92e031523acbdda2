package ee.hankevoog.participant;

import ee.hankevoog.taskform.PersonalCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a group's registrations as JUHAN exports them: CSV (";" or ",", UTF-8 with or without a byte order mark)
 * or XLSX, the columns found by their Estonian or English header. A personal identification code column is
 * dropped as it is read: its cells are never looked at, kept or shown.
 */
final class RosterFile {

    static final int MAX_ROWS = 1000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Registreeringu ID", List.of("registreeringu id", "juhan id", "registration id", "juhan-id"));
        HEADERS.put("Eesnimi", List.of("eesnimi", "first name", "firstname"));
        HEADERS.put("Perekonnanimi", List.of("perekonnanimi", "last name", "lastname", "surname"));
        HEADERS.put("E-post", List.of("e-post", "e-mail", "email"));
        HEADERS.put("Töökoht", List.of("töökoht", "workplace"));
        HEADERS.put("Staatus", List.of("staatus", "status"));
    }

    private static final List<String> REQUIRED = List.of("Registreeringu ID", "Eesnimi", "Perekonnanimi", "Staatus");

    private RosterFile() {
    }

    static List<RosterRow> read(byte[] content) {
        List<List<String>> rows = isXlsx(content) ? xlsx(content) : csv(content);
        if (rows.isEmpty()) {
            throw new RosterRefused(1, "-", "the file is empty; export the group's registrations from JUHAN");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new RosterRefused(MAX_ROWS + 2, "-", "a group's export has at most " + MAX_ROWS + " rows");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        List<RosterRow> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = i + 1;
            RosterRow registration = row(row, cells, columns);
            if (!ids.add(registration.juhanId())) {
                throw new RosterRefused(row, "Registreeringu ID", "registration " + registration.juhanId()
                        + " is in the file twice; export the group again from JUHAN");
            }
            read.add(registration);
        }
        return read;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            int index = i;
            HEADERS.forEach((column, names) -> {
                if (names.contains(name)) {
                    columns.putIfAbsent(column, index);
                }
            });
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                throw new RosterRefused(1, column, "the file has no such column; JUHAN's export names it '" + column
                        + "' (or '" + HEADERS.get(column).get(1) + "' in English)");
            }
        }
        return columns;
    }

    private static RosterRow row(int row, List<String> cells, Map<String, Integer> columns) {
        String juhanId = text(row, cells, columns, "Registreeringu ID", 64, true);
        String first = text(row, cells, columns, "Eesnimi", 200, true);
        String last = text(row, cells, columns, "Perekonnanimi", 200, true);
        String email = text(row, cells, columns, "E-post", 320, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RosterRefused(row, "E-post", "'" + email + "' is not an e-mail address");
        }
        String workplace = text(row, cells, columns, "Töökoht", 300, false);
        String status = text(row, cells, columns, "Staatus", 50, true);
        JuhanStatus juhanStatus = JuhanStatus.of(status).orElseThrow(() -> new RosterRefused(row, "Staatus",
                "'" + status + "' is none of JUHAN's statuses " + JuhanStatus.known()));
        return new RosterRow(row, juhanId, first, last, email, workplace, juhanStatus);
    }

    private static String text(int row, List<String> cells, Map<String, Integer> columns, String column, int max,
            boolean required) {
        Integer index = columns.get(column);
        String value = index == null || index >= cells.size() ? "" : cells.get(index).strip();
        if (value.isEmpty()) {
            if (required) {
                throw new RosterRefused(row, column, "is empty; every registration has one");
            }
            return null;
        }
        if (PersonalCodes.containsOne(value)) {
            // never echoed: it is personal data Hankevoog does not keep
            throw new RosterRefused(row, column, "holds an Estonian personal identification code; the export's"
                    + " own code column is dropped, but no other cell may hold one");
        }
        if (value.length() > max) {
            throw new RosterRefused(row, column, "is " + value.length() + " characters long; at most " + max);
        }
        return value;
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char separator = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(separator).get()
                    .parse(new StringReader(text))) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RosterRefused(rows.size() + 1, "-", "is not a CSV file JUHAN exports (" + e.getMessage()
                    .replaceAll("\\d{11}", "…") + ")");
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RosterRefused refused) {
                throw refused;
            }
            throw new RosterRefused(1, "-", "is not an XLSX file JUHAN exports; save it again as .xlsx or CSV");
        }
        return rows;
    }
}
