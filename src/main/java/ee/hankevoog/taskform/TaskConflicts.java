package ee.hankevoog.taskform;

import ee.hankevoog.security.Roles;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * When two people complete the same task at once, Camunda answers the second with a 500. It is a conflict:
 * 409, saying who completed the task and when, so the second person knows their input was not taken.
 */
@Priority(1)
class TaskConflicts implements ExceptionMapper<RestException> {

    private static final Pattern TASK_COMPLETION = Pattern.compile("Cannot (?:complete|submit task form) (?:task )?"
            + "([0-9a-f-]+)");

    private final HistoryService history;
    private final IdentityService identity;
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    TaskConflicts(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    @Override
    public Response toResponse(RestException e) {
        Optional<Response> badInput = EngineBadInput.badRequest(e);
        if (badInput.isPresent()) {
            return badInput.get();
        }
        // the engine's own version check, or Spring Data's on the contract the completion also saves
        if (causedBy(e, OptimisticLockingException.class) || causedBy(e, ConcurrencyFailureException.class)) {
            return conflict("The task was changed by someone else at the same moment; nothing you entered was"
                    + " stored. Reload the task and check whether it still needs you.");
        }
        // whatever the engine tripped over, a task that is finished now was completed by someone else
        Matcher gone = TASK_COMPLETION.matcher(String.valueOf(e.getMessage()));
        if (gone.find()) {
            Optional<Response> completed = alreadyCompleted(gone.group(1));
            if (completed.isPresent()) {
                return completed.get();
            }
        }
        return camunda.toResponse(e);
    }

    /**
     * The engine checks the asker's right to work on a task after reading it: when someone else completes it in
     * between, the right has gone with the task, and the engine's refusal is really the same conflict.
     */
    OnAuthorization onAuthorization() {
        return new OnAuthorization(this);
    }

    /** A class of its own, not a lambda: JAX-RS picks an exception mapper by its declared type argument. */
    @Priority(1)
    static final class OnAuthorization implements ExceptionMapper<AuthorizationException> {

        private final TaskConflicts conflicts;
        private final ProcessEngineExceptionHandler engine = new ProcessEngineExceptionHandler();

        private OnAuthorization(TaskConflicts conflicts) {
            this.conflicts = conflicts;
        }

        @Override
        public Response toResponse(AuthorizationException e) {
            return e.getMissingAuthorizations().stream()
                    .filter(missing -> "Task".equals(missing.getResourceType()) && missing.getResourceId() != null)
                    .map(missing -> conflicts.alreadyCompleted(missing.getResourceId()))
                    .flatMap(Optional::stream).findFirst().orElseGet(() -> engine.toResponse(e));
        }
    }

    private Optional<Response> alreadyCompleted(String taskId) {
        Authentication asker = identity.getCurrentAuthentication();
        HistoricTaskInstance task = asServer(() -> history.createHistoricTaskInstanceQuery().taskId(taskId)
                .finished().singleResult());
        if (task == null) {
            return Optional.empty();
        }
        if (!couldWorkOn(task, asker)) {
            return Optional.of(conflict("This task is no longer open; nothing you entered was stored."));
        }
        return Optional.of(conflict("Task '" + task.getName() + "' was already completed"
                + (task.getAssignee() == null ? "" : " by " + task.getAssignee()) + " at " + task.getEndTime()
                + "; nothing you entered was stored."));
    }

    /**
     * Who completed it is told to those who could have worked on the task: officers and administrators, who work
     * on every task, and the task's assignee and candidates.
     */
    private boolean couldWorkOn(HistoricTaskInstance task, Authentication asker) {
        if (asker == null || asker.getUserId() == null) {
            return false;
        }
        List<String> groups = asker.getGroupIds() == null ? List.of() : asker.getGroupIds();
        if (asker.getUserId().equals(task.getAssignee()) || groups.contains(Roles.OFFICERS)
                || groups.contains(Roles.ADMINS)) {
            return true;
        }
        return asServer(() -> history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()).stream()
                .anyMatch(link -> asker.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    /** A trainer may not read history, yet may be told about a task of theirs: the server looks it up. */
    private <T> T asServer(Supplier<T> query) {
        Authentication asker = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (asker != null) {
                identity.setAuthentication(asker);
            }
        }
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Response conflict(String message) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "TaskConflict", "message", message)).build();
    }
}
