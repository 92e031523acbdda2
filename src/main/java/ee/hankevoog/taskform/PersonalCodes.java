package ee.hankevoog.taskform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Estonian personal identification codes (isikukood) in free text: 11 digits whose first digit
 * gives sex and century, then a valid birth date, a serial number and a correct check digit.
 */
public final class PersonalCodes {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

    private PersonalCodes() {
    }

    public static boolean containsOne(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = ELEVEN_DIGITS.matcher(text);
        while (matcher.find()) {
            if (isValid(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isValid(String code) {
        if (code.length() != 11 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int centuryDigit = code.charAt(0) - '0';
        if (centuryDigit < 1 || centuryDigit > 8) {
            return false;
        }
        int century = 1800 + (centuryDigit - 1) / 2 * 100;
        try {
            LocalDate.of(century + Integer.parseInt(code.substring(1, 3)), Integer.parseInt(code.substring(3, 5)),
                    Integer.parseInt(code.substring(5, 7)));
        } catch (DateTimeException notADate) {
            return false;
        }
        return checkDigit(code) == code.charAt(10) - '0';
    }

    static int checkDigit(String code) {
        int remainder = weightedSum(code, FIRST_WEIGHTS) % 11;
        if (remainder == 10) {
            remainder = weightedSum(code, SECOND_WEIGHTS) % 11;
        }
        return remainder == 10 ? 0 : remainder;
    }

    private static int weightedSum(String code, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (code.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
