package ee.hankevoog.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells every officer, not only the contract's contact person, that a customer's task is overdue: the contact person
 * may be away, and a colleague can take the task over in Tasklist.
 */
@Component("escalateToOfficers")
class EscalateToOfficers implements JavaDelegate {

    private final OpenTasks openTasks;
    private final MailText text;
    private final Outbox outbox;
    private final OfficerAddresses officers;

    EscalateToOfficers(OpenTasks openTasks, MailText text, Outbox outbox, OfficerAddresses officers) {
        this.openTasks = openTasks;
        this.text = text;
        this.outbox = outbox;
        this.officers = officers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (OpenTasks.Notice notice : openTasks.attachedTo(execution)) {
            Set<String> recipients = new LinkedHashSet<>();
            recipients.add(notice.contract().contact().email());
            recipients.addAll(officers.all());
            for (String recipient : recipients) {
                outbox.queue("escalation:" + notice.task().id() + ":" + recipient,
                        text.customerEscalation(notice.contract(), notice.group(), notice.task(), recipient));
            }
        }
    }
}
