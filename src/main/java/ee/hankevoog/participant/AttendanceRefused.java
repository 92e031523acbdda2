package ee.hankevoog.participant;

/** A day's record that does not fit the roster or the rules: what is wrong, nothing recorded. */
public class AttendanceRefused extends RuntimeException {

    AttendanceRefused(String problem) {
        super(problem);
    }
}
