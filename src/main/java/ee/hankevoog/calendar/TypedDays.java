package ee.hankevoog.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
}
