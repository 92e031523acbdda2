package ee.hankevoog.taskform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion that breaks a rule. Camunda's REST API answers it with 400 and this message; the
 * task stays open and the transaction, domain tables included, rolls back.
 */
public class CompletionRefused extends FormFieldValidationException {

    public CompletionRefused(String field, String message) {
        super(field, message);
    }

    /** A refusal that names the field as its form labels it: "Field 'Osalejaid / Participants' (present): …". */
    public static CompletionRefused forField(String field, String problem) {
        return new CompletionRefused(field, "Field " + FormLabels.of(field) + ": " + problem);
    }
}
