package ee.hankevoog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingDaysTextTest {

    @Test
    void readsOneGroupALine() {
        String text = "W1: 2026-04-20, 2026-04-21, 2026-05-25\r\nL1: 2026-04-28, 2026-05-12\n\n";

        Map<String, List<LocalDate>> days = TrainingDaysText.parse(text);

        assertThat(days).containsExactly(
                entry("W1", dates("2026-04-20", "2026-04-21", "2026-05-25")),
                entry("L1", dates("2026-04-28", "2026-05-12")));
    }

    @Test
    void readsGroupsSeparatedBySemicolons() {
        String text = "W1: 2026-04-20 2026-04-21 2026-05-25; L1:2026-04-28,2026-05-12";

        Map<String, List<LocalDate>> days = TrainingDaysText.parse(text);

        assertThat(days).containsExactly(
                entry("W1", dates("2026-04-20", "2026-04-21", "2026-05-25")),
                entry("L1", dates("2026-04-28", "2026-05-12")));
    }

    @Test
    void readsBlankTextAsNoChanges() {
        assertThat(TrainingDaysText.parse("  \n ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-31", "31.04.2026", "20/04/2026", "2026.04.20"})
    void refusesSomethingThatIsNotADate(String notADate) {
        String text = "W1: 2026-04-20, " + notADate;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrainingDaysText.parse(text))
                .withMessageContaining("Group W1")
                .withMessageContaining("'" + notADate + "' is not a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-28, 2026-05-12", ": 2026-04-28, 2026-05-12", "  : 2026-04-28, 2026-05-12"})
    void refusesALineWithoutAGroupCode(String line) {
        String text = "W1: 2026-04-20, 2026-04-21, 2026-05-25\n" + line;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrainingDaysText.parse(text))
                .withMessageContaining("this line has no group code");
    }

    @Test
    void readsDatesAsPeopleInEstoniaWriteThem() {
        assertThat(TrainingDaysText.parse("W1: 20.04.2026, 21.4.2026, 2026-05-25"))
                .containsEntry("W1", dates("2026-04-20", "2026-04-21", "2026-05-25"));
    }

    @Test
    void refusesAGroupGivenTwice() {
        String text = "W1: 2026-04-20, 2026-04-21, 2026-05-25\nW1: 2026-04-22, 2026-04-23, 2026-05-27";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrainingDaysText.parse(text))
                .withMessageContaining("Group W1 is given twice");
    }

    private static List<LocalDate> dates(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
