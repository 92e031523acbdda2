package ee.hankevoog.taskform;

import java.util.List;

/**
 * A value a task's completion must carry: its key and type, and the rules the server checks whatever
 * the client was.
 *
 * @param requiredWhen   the key of a boolean field; when set, this field is required if that one has
 *                       the value {@code requiredWhenValue}
 * @param mustBeTrue     a confirmation that must be ticked
 * @param notInFuture    a date of something that already happened
 */
record FormField(String key, FieldType type, boolean required, Long min, Long max, List<String> choices,
        boolean mustBeTrue, boolean notInFuture, String requiredWhen, Boolean requiredWhenValue) {

    public static FormField text(String key) {
        return new FormField(key, FieldType.TEXT, true, null, null, List.of(), false, false, null, null);
    }

    public static FormField optionalText(String key) {
        return new FormField(key, FieldType.TEXT, false, null, null, List.of(), false, false, null, null);
    }

    public static FormField number(String key, long min) {
        return new FormField(key, FieldType.NUMBER, true, min, null, List.of(), false, false, null, null);
    }

    public static FormField pastDate(String key) {
        return new FormField(key, FieldType.DATE, true, null, null, List.of(), false, true, null, null);
    }

    public static FormField date(String key) {
        return new FormField(key, FieldType.DATE, true, null, null, List.of(), false, false, null, null);
    }

    public static FormField yesNo(String key) {
        return new FormField(key, FieldType.BOOLEAN, true, null, null, List.of(), false, false, null, null);
    }

    public static FormField confirmation(String key) {
        return new FormField(key, FieldType.BOOLEAN, true, null, null, List.of(), true, false, null, null);
    }

    public static FormField choice(String key, String... choices) {
        return new FormField(key, FieldType.CHOICE, true, null, null, List.of(choices), false, false, null, null);
    }

    public FormField optional() {
        return new FormField(key, type, false, min, max, choices, mustBeTrue, notInFuture, requiredWhen,
                requiredWhenValue);
    }

    public FormField requiredWhen(String otherKey, boolean value) {
        return new FormField(key, type, false, min, max, choices, mustBeTrue, notInFuture, otherKey, value);
    }
}
