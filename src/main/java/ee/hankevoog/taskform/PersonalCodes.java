package ee.hankevoog.taskform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Estonian personal identification codes (isikukood) in free text: 11 digits whose first digit (1–6) gives
 * sex and century and whose next six form a real birth date. The check digit is not required: a code typed with
 * one wrong digit is still a person's code.
 */
public final class PersonalCodes {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");

    private PersonalCodes() {
    }

    public static boolean containsOne(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = ELEVEN_DIGITS.matcher(text);
        while (matcher.find()) {
            if (looksLikeOne(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    public static boolean looksLikeOne(String code) {
        if (code.length() != 11 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int centuryDigit = code.charAt(0) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            return false;
        }
        int century = 1800 + (centuryDigit - 1) / 2 * 100;
        try {
            LocalDate.of(century + Integer.parseInt(code.substring(1, 3)), Integer.parseInt(code.substring(3, 5)),
                    Integer.parseInt(code.substring(5, 7)));
        } catch (DateTimeException notADate) {
            return false;
        }
        return true;
    }
}
