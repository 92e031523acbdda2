package ee.hankevoog.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A day as a person types it: as people in Estonia write it (20.04.2026 or 20.4.2026), or as ISO 8601. */
public final class TypedDays {

    private static final List<DateTimeFormatter> WAYS_OF_WRITING = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private TypedDays() {
    }

    /** The day, or none when the text is not a real day written either way. */
    public static Optional<LocalDate> parse(String text) {
        for (DateTimeFormatter format : WAYS_OF_WRITING) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** Days typed one a line or separated by commas, in order; what is not a day is kept to say so. */
    public static Typed parseAll(String text) {
        List<LocalDate> days = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String token : (text == null ? "" : text.strip()).split("[,;\\s]+")) {
            if (!token.isEmpty()) {
                parse(token).ifPresentOrElse(days::add, () -> unreadable.add(token));
            }
        }
        return new Typed(days.stream().sorted().toList(), List.copyOf(unreadable));
    }

    /** What a list of typed days held: the days, and the words that were none. */
    public record Typed(List<LocalDate> days, List<String> unreadable) {

        /** What is wrong with the list, or none when there are days and every word is one. */
        public Optional<String> problem() {
            return !unreadable.isEmpty() ? Optional.of("Not dates: " + String.join(", ", unreadable)
                    + ". Write dates as DD.MM.YYYY or YYYY-MM-DD, for example 20.04.2026.")
                    : days.isEmpty() ? Optional.of("Write the group's days.") : Optional.empty();
        }
    }
}
