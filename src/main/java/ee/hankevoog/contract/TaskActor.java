package ee.hankevoog.contract;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who did a contract step: the logged-in user, else the task's assignee, else the system (a timer, a script). */
@Component
class TaskActor {

    static final String SYSTEM = "system";

    private final IdentityService identity;

    TaskActor(IdentityService identity) {
        this.identity = identity;
    }

    String current() {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : SYSTEM;
    }

    String of(DelegateTask task) {
        String user = current();
        return !SYSTEM.equals(user) ? user : task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }
}
