package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractAmended;
import ee.hankevoog.deadline.Deadline;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Composes the reminders, escalations and cancellation notices, naming contract, group, step and date. */
@Component
class MailText {

    private final String baseUrl;
    private final MailTemplates templates;

    MailText(@Value("${hankevoog.base-url}") String baseUrl, MailTemplates templates) {
        this.baseUrl = baseUrl;
        this.templates = templates;
    }

    Letter reminder(Contract contract, String group, OpenTask task, String recipient) {
        String subject = templates.word("mail.reminder.subject", task.name(), about(contract, group), task.due());
        return new Letter(contract.number(), group, "REMINDER", task.id(), recipient, subject,
                templates.text("reminder", about(contract, group, task)));
    }

    Letter escalation(Contract contract, String group, OpenTask task, String recipient) {
        String subject = templates.word("mail.escalation.subject", task.name(), about(contract, group));
        return new Letter(contract.number(), group, "ESCALATION", task.id(), recipient, subject,
                templates.text("escalation", about(contract, group, task)));
    }

    /** An overdue step of the customer's own, to the officers: the contract's contact person may be away. */
    Letter customerEscalation(Contract contract, String group, OpenTask task, String recipient) {
        String subject = templates.word("mail.escalation.subject", task.name(), about(contract, group));
        return new Letter(contract.number(), group, "ESCALATION", task.id(), recipient, subject,
                templates.text("customer-escalation", about(contract, group, task)));
    }

    Letter curriculaNotApproved(Contract contract, LocalDate firstDay, int workingDays, String recipient) {
        String subject = templates.word("mail.curricula.subject", about(contract, null));
        return new Letter(contract.number(), null, "CURRICULA_NOT_APPROVED", null, recipient, subject,
                templates.text("curricula-not-approved", Map.of("contract", contract, "firstDay", firstDay.toString(),
                        "workingDays", String.valueOf(workingDays))));
    }

    Letter missedAtRegistration(Contract contract, LocalDate registeredOn, List<Deadline> missed, String recipient) {
        String subject = templates.word("mail.missed.subject", about(contract, null), missed.size());
        List<String> lines = missed.stream().map(deadline -> templates.wordOr("obligation." + deadline.obligation(),
                deadline.obligation().name()) + (deadline.group() == null ? "" : " " + deadline.group()) + ": "
                + deadline.due()).toList();
        return new Letter(contract.number(), null, "MISSED_AT_REGISTRATION", null, recipient, subject,
                templates.text("missed-at-registration", Map.of("contract", contract, "registeredOn",
                        registeredOn.toString(), "missed", lines)));
    }

    Letter materialsUndelivered(EmailMessage failed, String recipient) {
        String subject = templates.word("mail.undelivered.subject", failed.contractNumber(), failed.groupCode());
        return new Letter(failed.contractNumber(), failed.groupCode(), "MATERIALS_UNDELIVERED", failed.taskId(),
                recipient, subject, templates.text("materials-undelivered", Map.of("contract", failed.contractNumber(),
                        "group", String.valueOf(failed.groupCode()), "recipient", failed.recipient(),
                        "error", String.valueOf(failed.lastError()))));
    }

    Letter interimMeeting(Contract contract, String recipient) {
        String subject = templates.word("mail.interim.subject", about(contract, null));
        return new Letter(contract.number(), null, "INTERIM_MEETING", null, recipient, subject,
                templates.text("interim", Map.of("contract", contract)));
    }

    Letter cancellation(Contract contract, String group, LocalDate firstDay, String reason, String recipient) {
        String subject = templates.word("mail.cancellation.subject", about(contract, group));
        String body = templates.text("cancellation", Map.of("contract", contract, "group", group,
                "firstDay", firstDay.toString(), "reason", String.valueOf(reason)));
        return new Letter(contract.number(), group, "CANCELLATION", null, recipient, subject, body);
    }

    /** A change of the contract, to everyone who works by it: what it was, what it is, why and who changed it. */
    Letter amendment(Contract contract, ContractAmended amended, String recipient) {
        String what = amended.groupCode() != null ? amended.what() + " (" + amended.groupCode() + ")" : amended.what();
        Map<String, Object> values = new HashMap<>();
        values.put("contract", contract);
        values.put("what", what);
        values.put("before", amended.before());
        values.put("after", amended.after());
        values.put("reason", amended.reason());
        values.put("exception", amended.exception());
        values.put("by", amended.amendedBy());
        return new Letter(contract.number(), amended.groupCode(), "AMENDMENT", null, recipient,
                templates.word("mail.amendment.subject", about(contract, amended.groupCode())),
                templates.text("amendment", values));
    }

    private Map<String, Object> about(Contract contract, String group, OpenTask task) {
        Map<String, Object> values = new HashMap<>();
        values.put("contract", contract);
        values.put("group", group);
        values.put("task", task);
        values.put("due", task.due().toString());
        values.put("step", templates.wordOr("mail.step." + task.key(), task.name()));
        values.put("taskLink", baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.id());
        return values;
    }

    private String about(Contract contract, String group) {
        return group == null ? templates.word("mail.about", contract.number())
                : templates.word("mail.aboutGroup", contract.number(), group);
    }
}
