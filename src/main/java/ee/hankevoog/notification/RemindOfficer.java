package ee.hankevoog.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the customer's contact person that their own task falls due (accepting an act, feedback, deletion). */
@Component("remindOfficer")
class RemindOfficer implements JavaDelegate {

    private final OpenTasks openTasks;
    private final MailText text;
    private final Outbox outbox;

    RemindOfficer(OpenTasks openTasks, MailText text, Outbox outbox) {
        this.openTasks = openTasks;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (OpenTasks.Notice notice : openTasks.attachedTo(execution)) {
            String officer = notice.contract().contact().email();
            outbox.queue("reminder:" + notice.task().id() + ":" + officer,
                    text.reminder(notice.contract(), notice.group(), notice.task(), officer));
        }
    }
}
