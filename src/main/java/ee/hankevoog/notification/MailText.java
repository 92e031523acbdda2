package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.process.ContractProcess.Task;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Composes Hankevoog's messages: Estonian first, with an English line, naming contract, group, step and date. */
@Component
class MailText {

    private static final Map<String, String> ESTONIAN_STEP = Map.of(
            Task.AGREE_TRAINING_DATES, "Koolituskuupäevade kokkuleppimine",
            Task.SEND_MATERIALS, "Koolitusmaterjalide saatmine kontaktisikule");

    private final String baseUrl;

    MailText(@Value("${hankevoog.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Letter reminder(Contract contract, String group, OpenTask task, String recipient) {
        String subject = "Meeldetuletus / Reminder: " + task.name() + " – " + about(contract, group)
                + " – tähtaeg / due " + task.due();
        String body = "Tere!\n\n"
                + "Tuletame meelde: \"" + estonian(task) + "\" tähtaeg on " + task.due() + ".\n"
                + "Reminder: \"" + task.name() + "\" is due on " + task.due() + ".\n\n"
                + facts(contract, group, task);
        return new Letter(contract.number(), group, "REMINDER", task.id(), recipient, subject, body);
    }

    Letter escalation(Contract contract, String group, OpenTask task, String recipient) {
        String subject = "Tähtaeg ületatud / Overdue: " + task.name() + " – " + about(contract, group);
        String body = "Tere!\n\n"
                + "Täitja ei ole tähtajaks (" + task.due() + ") lõpetanud sammu \"" + estonian(task)
                + "\". Ülesanne on endiselt avatud.\n"
                + "The contractor has not completed \"" + task.name() + "\", due " + task.due()
                + ". The task is still open.\n\n"
                + facts(contract, group, task);
        return new Letter(contract.number(), group, "ESCALATION", task.id(), recipient, subject, body);
    }

    Letter cancellation(Contract contract, String group, LocalDate firstDay, String reason, String recipient) {
        String subject = "Koolitusgrupp tühistatud / Training group cancelled – " + about(contract, group);
        String body = "Tere!\n\n"
                + "Tellija tühistas koolitusgrupi " + group + " (esimene koolituspäev oleks olnud " + firstDay + ").\n"
                + "The customer cancelled training group " + group + " (its first day would have been " + firstDay
                + ").\n\n"
                + "Põhjus / Reason: " + reason + "\n"
                + "Leping / Contract: " + contract.number() + " " + contract.title() + "\n";
        return new Letter(contract.number(), group, "CANCELLATION", null, recipient, subject, body);
    }

    private static String about(Contract contract, String group) {
        return "leping / contract " + contract.number() + (group == null ? "" : ", grupp / group " + group);
    }

    private String facts(Contract contract, String group, OpenTask task) {
        return "Leping / Contract: " + contract.number() + " " + contract.title() + "\n"
                + (group == null ? "" : "Grupp / Group: " + group + "\n")
                + "Samm / Step: " + task.name() + "\n"
                + "Tähtaeg / Due: " + task.due() + "\n"
                + "Ülesanne / Task: " + baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.id() + "\n";
    }

    private static String estonian(OpenTask task) {
        return ESTONIAN_STEP.getOrDefault(task.key(), task.name());
    }
}
