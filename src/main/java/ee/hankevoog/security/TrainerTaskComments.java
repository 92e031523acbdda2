package ee.hankevoog.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * A trainer's comments on their own open task, answered the way the engine's REST API answers them. The engine's
 * comment resource looks a task up in the history, which trainers may not read: a grant to read their task there
 * would also open every variable of its process instance to them (the engine's historic variable queries join
 * every task of the instance). So the comment routes of a user who may work on a task but not read the history
 * are answered here, after {@link EngineRestGuard} checked that they may work on the task.
 */
@Component
class TrainerTaskComments {

    private static final ObjectMapper JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    private final TaskService tasks;
    private final IdentityService identity;

    TrainerTaskComments(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    void create(String taskId, String user, List<String> groups, String message, HttpServletResponse response)
            throws IOException {
        if (message == null || message.isBlank()) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                    "A comment needs a message: send {\"message\": \"...\"}.");
            return;
        }
        Authentication before = identity.getCurrentAuthentication();
        // the engine files the comment under the user it knows, and checks again that they may work on the task
        identity.setAuthentication(user, groups);
        try {
            answer(response, CommentDto.fromComment(tasks.createComment(taskId, null, message)));
        } finally {
            identity.setAuthentication(before);
        }
    }

    void list(String taskId, HttpServletResponse response) throws IOException {
        answer(response, tasks.getTaskComments(taskId).stream().map(CommentDto::fromComment).toList());
    }

    void one(String taskId, String commentId, HttpServletResponse response) throws IOException {
        Optional<Comment> comment = Optional.ofNullable(tasks.getTaskComment(taskId, commentId));
        if (comment.isEmpty()) {
            EngineRestGuard.refuse(response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    "Task comment with id " + commentId + " does not exist for task id " + taskId + ".");
            return;
        }
        answer(response, CommentDto.fromComment(comment.get()));
    }

    private static void answer(HttpServletResponse response, Object body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}
