package ee.hankevoog.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCodesTest {

    /** Real codes of every century digit the state gives today; 60002290221 is born on leap day 2000. */
    @ParameterizedTest
    @ValueSource(strings = {"37605030299", "49403136078", "35001150310", "60002290221"})
    void findsAValidCodeInsideText(String code) {
        String notes = "Lapse isikukood " + code + ", elab Tartus.";

        assertThat(PersonalCodes.containsOne(notes)).isTrue();
    }

    @Test
    void findsAValidCodeAfterAnInvalidOne() {
        String notes = "Vale number 37605030298, õige 37605030299.";

        assertThat(PersonalCodes.containsOne(notes)).isTrue();
    }

    @Test
    void findsACodeTypedWithAWrongCheckDigit() {
        String notes = "Lapse isikukood 37605030298.";

        assertThat(PersonalCodes.containsOne(notes)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"376050302991", "137605030299"})
    void ignoresTwelveDigitRuns(String digits) {
        String notes = "Arve nr " + digits + " tasutud.";

        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    /** 30 February 1976, month 13, 29 February 1991. */
    @ParameterizedTest
    @ValueSource(strings = {"37602300292", "37613030293", "49102290000"})
    void ignoresCodesWithAnImpossibleBirthDate(String code) {
        String notes = "Number " + code + " kirjas.";

        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07605030296", "77605030299", "97605030294"})
    void ignoresCodesWithAnUnknownCenturyDigit(String code) {
        String notes = "Number " + code + " kirjas.";

        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void findsNothingInNoText(String notes) {
        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }
}
