package ee.hankevoog.notification;

import ee.hankevoog.contract.Trainer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the contract's trainers that their task falls due; a trainer's own task, that trainer only. */
@Component("remindTrainers")
class RemindTrainers implements JavaDelegate {

    private final OpenTasks openTasks;
    private final MailText text;
    private final Outbox outbox;

    RemindTrainers(OpenTasks openTasks, MailText text, Outbox outbox) {
        this.openTasks = openTasks;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (OpenTasks.Notice notice : openTasks.attachedTo(execution)) {
            for (Trainer trainer : notice.trainers()) {
                outbox.queue("reminder:" + notice.task().id() + ":" + trainer.email(),
                        text.reminder(notice.contract(), notice.group(), notice.task(), trainer.email()));
            }
        }
    }
}
