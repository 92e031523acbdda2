package ee.hankevoog.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Estonian working days: Monday to Friday except public holidays. BPMN expressions use it as
 * {@code workingDays}.
 */
@Component("workingDays")
public class WorkingDays {

    /** How dates are written in Estonia: 24.02.2027. */
    public static final DateTimeFormatter ESTONIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Locale ESTONIAN = Locale.forLanguageTag("et");

    // loaded at the first date worked out, not at start-up
    private final Supplier<HolidayManager> holidays =
            SingletonSupplier.of(() -> HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ESTONIA)));

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    public boolean isPublicHoliday(LocalDate day) {
        return holidays.get().isHoliday(day);
    }

    /**
     * Why a day is not a working day, as a person reads it: "24.02.2027 is Independence Day, a public holiday"
     * (with the Estonian name too where the holiday calendar has one), "25.04.2027 is a Sunday"; none for a working
     * day.
     */
    public Optional<String> whyNotWorking(LocalDate day) {
        String date = day.format(ESTONIAN_DATE);
        Optional<Holiday> holiday = holidays.get().getHolidays(day, day).stream().findFirst();
        if (holiday.isPresent()) {
            String english = holiday.get().getDescription(Locale.ENGLISH).replaceFirst("^The ", "");
            String estonian = holiday.get().getDescription(ESTONIAN).replaceFirst("^The ", "");
            return Optional.of(date + " is " + english + (estonian.equals(english) ? "" : " (" + estonian + ")")
                    + ", a public holiday");
        }
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return Optional.of(date + " is a " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return Optional.empty();
    }

    /** The working day that lies {@code count} working days before {@code day}, counting back. */
    public LocalDate before(LocalDate day, int count) {
        LocalDate result = day;
        for (int counted = 0; counted < count; ) {
            result = result.minusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    public LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    public LocalDate previousWorkingDayBefore(LocalDate day) {
        return before(day, 1);
    }

    public SortedSet<LocalDate> publicHolidays(int year) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Holiday holiday : holidays.get().getHolidays(Year.of(year))) {
            days.add(holiday.getActualDate());
        }
        return days;
    }
}
