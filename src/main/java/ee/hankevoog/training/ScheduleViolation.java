package ee.hankevoog.training;

/** One broken schedule rule: which group, which rule, and the value that breaks it. */
public record ScheduleViolation(String group, String rule, String value) {

    public String message() {
        return "Group " + group + ": " + rule + " (got " + value + ")";
    }
}
