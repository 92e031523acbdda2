package ee.hankevoog.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * What a trainer asks of their own open task through the engine's REST API where the engine wants more than a
 * trainer holds, answered here as the engine answers it, after {@link EngineRestGuard} checked that they may work
 * on the task. The engine's comment resource looks a task up in the history, which trainers may not read: a grant
 * to read their task there would also open every variable of its process instance to them (the engine's historic
 * variable queries join every task of the instance). Its unclaim is an assignment, which needs the officers'
 * right to assign; a trainer releases only a task they hold themselves.
 */
@Component
class TrainerTaskRequests {

    private static final String CONFLICT = "The task was changed by someone else at the same moment; try again.";
    private static final ObjectMapper JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    private final TaskService tasks;
    private final IdentityService identity;

    TrainerTaskRequests(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    void comment(String taskId, String user, List<String> groups, String message, HttpServletResponse response)
            throws IOException {
        if (message == null || message.isBlank()) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                    "A comment needs a message: send a JSON object {\"message\": \"...\"} of at most 64 kB.");
            return;
        }
        try {
            answer(response, CommentDto.fromComment(as(user, groups, () -> tasks.createComment(taskId, null, message))));
        } catch (OptimisticLockingException e) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_CONFLICT, "TaskConflict", CONFLICT);
        }
    }

    void comments(String taskId, HttpServletResponse response) throws IOException {
        answer(response, tasks.getTaskComments(taskId).stream().map(CommentDto::fromComment).toList());
    }

    void comment(String taskId, String commentId, HttpServletResponse response) throws IOException {
        Comment comment = tasks.getTaskComment(taskId, commentId);
        if (comment == null) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    "Task comment with id '" + commentId + "' does not exist for task id '" + taskId + "'.");
            return;
        }
        answer(response, CommentDto.fromComment(comment));
    }

    void unclaim(String taskId, String user, List<String> groups, HttpServletResponse response) throws IOException {
        if (tasks.createTaskQuery().taskId(taskId).taskAssignee(user).count() == 0) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                    "User '" + user + "' may not unclaim task " + taskId + ": a trainer releases only a task they"
                            + " claimed themselves.");
            return;
        }
        try {
            // a claim for nobody releases the task, on the right to work on it
            as(user, groups, () -> {
                tasks.claim(taskId, null);
                return null;
            });
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (OptimisticLockingException e) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_CONFLICT, "TaskConflict", CONFLICT);
        }
    }

    /** Runs engine work as the user, so that the engine records them and checks their right once more. */
    private <T> T as(String user, List<String> groups, Supplier<T> work) {
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.setAuthentication(before);
        }
    }

    private static void answer(HttpServletResponse response, Object body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
