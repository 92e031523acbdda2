package ee.hankevoog.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the customer's contact person that a contractor's task is overdue; the task stays open. */
@Component("escalateToOfficer")
class EscalateToOfficer implements JavaDelegate {

    private final OpenTasks openTasks;
    private final MailText text;
    private final Outbox outbox;

    EscalateToOfficer(OpenTasks openTasks, MailText text, Outbox outbox) {
        this.openTasks = openTasks;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (OpenTasks.Notice notice : openTasks.attachedTo(execution)) {
            String officer = notice.contract().contact().email();
            outbox.queue("escalation:" + notice.task().id() + ":" + officer,
                    text.escalation(notice.contract(), notice.group(), notice.task(), officer));
        }
    }
}
