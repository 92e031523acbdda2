package ee.hankevoog.taskform;

import ee.hankevoog.calendar.EngineClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Checks a task completion (or a start form) against its {@link TaskForms} fields, whatever the client:
 * Tasklist, REST or a script. Returns the values it accepted, for the audit record.
 */
@Component
public class CompletionCheck {

    private static final int MAX_TEXT = 10_000;

    private final EngineClock clock;

    CompletionCheck(EngineClock clock) {
        this.clock = clock;
    }

    public Map<String, Object> check(DelegateTask task) {
        return check(task.getTaskDefinitionKey(), task);
    }

    /** Checks the values of the form {@code formKey} (a task id, or the contract's start event). */
    public Map<String, Object> check(String formKey, VariableScope values) {
        Map<String, Object> accepted = new LinkedHashMap<>();
        // every field's problem at once, so that one correction fixes the form
        List<CompletionRefused> refusals = new ArrayList<>();
        for (FormField field : TaskForms.of(formKey)) {
            Object value = values.getVariable(field.key());
            boolean required = field.required() || (field.requiredWhen() != null
                    // a yes/no left out is a no: "day not held" is ticked only on the day it happens
                    && field.requiredWhenValue().equals(Objects.requireNonNullElse(
                            values.getVariable(field.requiredWhen()), false)));
            try {
                if (value == null || (value instanceof String s && s.isBlank())) {
                    if (required) {
                        throw refused(field, "is required" + (field.requiredWhen() == null ? ""
                                : " when " + FormLabels.of(field.requiredWhen()) + " is " + field.requiredWhenValue()));
                    }
                    continue;
                }
                accepted.put(field.key(), checked(field, value, required));
            } catch (CompletionRefused refused) {
                refusals.add(refused);
            }
        }
        if (!refusals.isEmpty()) {
            throw new CompletionRefused(refusals.get(0).getDetail(),
                    refusals.stream().map(CompletionRefused::getMessage).collect(Collectors.joining(" ")));
        }
        return accepted;
    }

    private Object checked(FormField field, Object value, boolean required) {
        return switch (field.type()) {
            case TEXT -> text(field, value);
            case CHOICE -> {
                if (!field.choices().contains(String.valueOf(value))) {
                    throw refused(field, "must be one of " + field.choices() + ", got '" + value + "'");
                }
                yield value;
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    throw refused(field, "must be true or false, got '" + value + "'");
                }
                if (field.mustBeTrue() && required && !b) {
                    throw refused(field, "must be confirmed (true)");
                }
                yield b;
            }
            case NUMBER -> number(field, value);
            case DATE -> date(field, value).toString();
        };
    }

    private String text(FormField field, Object value) {
        if (!(value instanceof String text)) {
            throw refused(field, "must be text");
        }
        if (text.length() > MAX_TEXT) {
            throw refused(field, "is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed");
        }
        if (PersonalCodes.containsOne(text)) {
            // never echo the value: it is personal data
            throw refused(field, "contains an Estonian personal identification code; remove it, cases are"
                    + " discussed anonymously and no client's personal data may be stored");
        }
        return text;
    }

    private long number(FormField field, Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw refused(field, "must be a whole number, got '" + value + "'");
        }
        long number = n.longValue();
        if (field.min() != null && number < field.min()) {
            throw refused(field, "must be at least " + field.min() + ", got " + number);
        }
        if (field.max() != null && number > field.max()) {
            throw refused(field, "must be at most " + field.max() + ", got " + number);
        }
        return number;
    }

    private LocalDate date(FormField field, Object value) {
        LocalDate date;
        if (value instanceof Date d) {
            date = d.toInstant().atZone(clock.zone()).toLocalDate();
        } else {
            try {
                date = LocalDate.parse(String.valueOf(value));
            } catch (DateTimeParseException e) {
                throw refused(field, "must be a date like 2026-04-20, got '" + value + "'");
            }
        }
        if (field.notInFuture() && date.isAfter(clock.today())) {
            throw refused(field, "records something that happened, so it cannot be after today (" + clock.today()
                    + "), got " + date);
        }
        return date;
    }

    private static CompletionRefused refused(FormField field, String problem) {
        return new CompletionRefused(field.key(), "Field " + FormLabels.of(field.key()) + " " + problem + ".");
    }
}
