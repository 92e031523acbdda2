package ee.hankevoog.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.Contract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The e-mail texts, as their templates and the message bundle write them: Estonian first, then English. */
class MailTextTest {

    private final Contract contract = TestContracts.reference("KOV-9");
    private final MailText mail = new MailText("https://hankevoog.example", new MailTemplates(messages()));
    private final OpenTask task = new OpenTask("task-1", "Task_SendMaterials", "Send training materials",
            LocalDate.parse("2026-04-13"));

    @Test
    void remindsInBothLanguagesWithTheFactsAndTheTaskLink() {
        Letter reminder = mail.reminder(contract, "W1", task, "tiit@example.ee");

        assertThat(reminder.subject()).isEqualTo("Meeldetuletus / Reminder: Send training materials – leping /"
                + " contract KOV-9, grupp / group W1 – tähtaeg / due 2026-04-13");
        assertThat(reminder.body()).isEqualTo("""
                Tere!

                Tuletame meelde: "Koolitusmaterjalide saatmine kontaktisikule" tähtaeg on 2026-04-13.
                Reminder: "Send training materials" is due on 2026-04-13.

                Leping / Contract: KOV-9 Kovisioon lastekaitses
                Grupp / Group: W1
                Samm / Step: Send training materials
                Tähtaeg / Due: 2026-04-13
                Ülesanne / Task: https://hankevoog.example/camunda/app/tasklist/default/#/?task=task-1
                """);
    }

    @Test
    void leavesTheGroupOutOfALifecycleStepAndTellsACancellationsReason() {
        Letter escalation = mail.escalation(contract, null, task, "mari@example.ee");
        Letter cancellation = mail.cancellation(contract, "L2", LocalDate.parse("2026-10-20"), "too few", "x@y.ee");

        assertThat(escalation.subject()).isEqualTo("Tähtaeg ületatud / Overdue: Send training materials – leping /"
                + " contract KOV-9");
        assertThat(escalation.body()).doesNotContain("Grupp").contains("The task is still open.");
        assertThat(cancellation.body()).contains("Tellija tühistas koolitusgrupi L2 (esimene koolituspäev oleks"
                + " olnud 2026-10-20).", "Põhjus / Reason: too few", "Leping / Contract: KOV-9");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
