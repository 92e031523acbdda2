package ee.hankevoog.contract;

import ee.hankevoog.calendar.TypedDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the agreed training days as a trainer types them in the date-agreement form: one group a line,
 * {@code W1: 2026-04-20, 2026-04-21, 2026-05-25}.
 */
final class TrainingDaysText {

    private TrainingDaysText() {
    }

    public static Map<String, List<LocalDate>> parse(String text) {
        Map<String, List<LocalDate>> days = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String line : text.split("[\\r\\n;]+")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String code = colon < 0 ? "" : line.substring(0, colon).strip();
            if (code.isEmpty()) {
                throw new IllegalArgumentException("Write each group on its own line as 'CODE: date, date, …' "
                        + "(for example 'W1: 2026-04-20, 2026-04-21, 2026-05-25'); this line has no group code: '"
                        + line.strip() + "'");
            }
            if (days.containsKey(code)) {
                throw new IllegalArgumentException("Group " + code + " is given twice; give each group once");
            }
            days.put(code, dates(code, line.substring(colon + 1)));
        }
        return days;
    }

    private static List<LocalDate> dates(String code, String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (String token : text.split("[,\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            dates.add(date(code, token));
        }
        return dates;
    }

    private static LocalDate date(String code, String token) {
        return TypedDays.parse(token).orElseThrow(() -> new IllegalArgumentException("Group " + code + ": '" + token
                + "' is not a date; write dates as DD.MM.YYYY or YYYY-MM-DD, for example 20.04.2026"));
    }

    public static String format(Contract contract) {
        StringBuilder text = new StringBuilder();
        contract.groups().forEach(group -> text.append(group.code()).append(": ")
                .append(format(group.trainingDates())).append('\n'));
        return text.toString();
    }

    /** One group's days as the forms take them, so that what the history shows can be typed again. */
    public static String format(List<LocalDate> days) {
        return String.join(", ", days.stream().map(LocalDate::toString).toList());
    }
}
