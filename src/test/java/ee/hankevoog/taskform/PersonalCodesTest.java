package ee.hankevoog.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCodesTest {

    /**
     * Check digits worked out by hand: 37605030299 in the first round (sum 108, mod 11 = 9); 49403136078 needs
     * the second weights (first round 131 mod 11 = 10, second 151 mod 11 = 8); 35001150310 gives 10 in both
     * rounds (87 and 98), so its check digit is 0; 60002290221 is born on leap day 2000.
     */
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
    void ignoresElevenDigitsWithAWrongCheckDigit() {
        String notes = "Toimiku number 37605030298.";

        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"376050302991", "137605030299"})
    void ignoresTwelveDigitRuns(String digits) {
        String notes = "Arve nr " + digits + " tasutud.";

        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    /** 30 February 1976, month 13, 29 February 1991: each with the check digit the algorithm gives. */
    @ParameterizedTest
    @ValueSource(strings = {"37602300292", "37613030293", "49102290000"})
    void ignoresCodesWithAnImpossibleBirthDate(String code) {
        String notes = "Number " + code + " kirjas.";

        assertThat(PersonalCodes.checkDigit(code)).isEqualTo(code.charAt(10) - '0');
        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07605030296", "97605030294"})
    void ignoresCodesWithAnUnknownCenturyDigit(String code) {
        String notes = "Number " + code + " kirjas.";

        assertThat(PersonalCodes.checkDigit(code)).isEqualTo(code.charAt(10) - '0');
        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void findsNothingInNoText(String notes) {
        assertThat(PersonalCodes.containsOne(notes)).isFalse();
    }
}
