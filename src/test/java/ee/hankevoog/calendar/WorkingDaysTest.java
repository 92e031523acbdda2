package ee.hankevoog.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    /**
     * The Public Holidays and Days of National Importance Act (Pühade ja tähtpäevade seadus, § 2):
     * nine fixed days plus Good Friday, Easter Sunday and Whit Sunday.
     */
    static Stream<Arguments> statutoryHolidays() {
        return Stream.of(
                Arguments.of(2025, "2025-04-18", "2025-04-20", "2025-06-08"),
                Arguments.of(2026, "2026-04-03", "2026-04-05", "2026-05-24"),
                Arguments.of(2027, "2027-03-26", "2027-03-28", "2027-05-16"),
                Arguments.of(2028, "2028-04-14", "2028-04-16", "2028-06-04"),
                Arguments.of(2029, "2029-03-30", "2029-04-01", "2029-05-20"),
                Arguments.of(2030, "2030-04-19", "2030-04-21", "2030-06-09"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statutoryHolidays")
    void knowsEveryStatutoryHolidayOfTheYear(int year, String goodFriday, String easter, String pentecost) {
        List<LocalDate> expected = Stream.of(
                        year + "-01-01", year + "-02-24", goodFriday, easter, year + "-05-01", pentecost,
                        year + "-06-23", year + "-06-24", year + "-08-20", year + "-12-24", year + "-12-25",
                        year + "-12-26")
                .map(LocalDate::parse)
                .sorted()
                .toList();

        assertThat(workingDays.publicHolidays(year)).containsExactlyElementsOf(expected);
    }

    @Test
    void countsFiveWorkingDaysBackOverAWeekend() {
        assertThat(workingDays.before(LocalDate.parse("2026-04-20"), 5)).isEqualTo("2026-04-13");
    }

    @Test
    void skipsGoodFridayWhenCountingBack() {
        assertThat(workingDays.before(LocalDate.parse("2026-04-09"), 5)).isEqualTo("2026-04-01");
    }

    @Test
    void skipsMidsummerAndVictoryDay() {
        // Tuesday 23 and Wednesday 24 June 2026 are holidays
        assertThat(workingDays.before(LocalDate.parse("2026-06-26"), 5)).isEqualTo("2026-06-17");
        assertThat(workingDays.nextWorkingDayAfter(LocalDate.parse("2026-06-22"))).isEqualTo("2026-06-25");
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-18"))).isFalse(); // Saturday
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-05-01"))).isFalse(); // Spring Day
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-06"))).isTrue(); // Easter Monday is no holiday
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
    }

    @Test
    void namesTheHolidayOrTheWeekendDayThatIsNotAWorkingDay() {
        assertThat(workingDays.whyNotWorking(LocalDate.parse("2027-02-24"))).hasValueSatisfying(why ->
                assertThat(why).startsWith("24.02.2027 is Independence Day").endsWith("a public holiday"));
        assertThat(workingDays.whyNotWorking(LocalDate.parse("2027-04-25"))).hasValue("25.04.2027 is a Sunday");
        assertThat(workingDays.whyNotWorking(LocalDate.parse("2027-02-23"))).isEmpty();
    }
}
