package ee.hankevoog.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which changes through Camunda's REST API a role may ask for, whether it comes in at {@code /engine-rest} or at
 * the webapps' {@code /camunda/api/engine}. Reads (GET, and the POST queries below) reach the engine, which shows
 * each user only what their grants allow. Of the changes, only completing, claiming and assigning tasks,
 * commenting on a task one may work on, and starting a contract from its start form are open to the roles;
 * everything else is an administrator's. The engine checks none of its grants on jobs without a process
 * definition (history cleanup), comments or attachments, which is why this list exists beside the grants.
 */
final class EngineOperations {

    enum Access { ANY_USER, TASK_WORKERS, CLAIMERS, OFFICERS, TASK_COMMENTERS, ADMINS }

    private record Rule(String method, PathPattern path, Access access) {
    }

    private static final Pattern ENGINE_PATH = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    private static final List<String> QUERIES = List.of("/task", "/task/count", "/process-instance",
            "/process-instance/count", "/execution", "/execution/count", "/variable-instance",
            "/variable-instance/count", "/job", "/job/count", "/job-definition", "/job-definition/count",
            "/external-task", "/external-task/count", "/group", "/group/count", "/history/activity-instance",
            "/history/activity-instance/count", "/history/detail", "/history/external-task-log",
            "/history/external-task-log/count", "/history/job-log", "/history/job-log/count",
            "/history/process-instance", "/history/process-instance/count", "/history/task", "/history/task/count",
            "/history/variable-instance", "/history/variable-instance/count", "/filter/{id}/list",
            "/filter/{id}/count", "/filter/{id}/singleResult", "/identity/password-policy");

    private static final List<Rule> CHANGES = List.of(
            rule("POST", "/task/{id}/complete", Access.TASK_WORKERS),
            rule("POST", "/task/{id}/submit-form", Access.TASK_WORKERS),
            rule("POST", "/task/{id}/claim", Access.CLAIMERS),
            rule("POST", "/task/{id}/unclaim", Access.TASK_WORKERS),
            rule("POST", "/task/{id}/comment/create", Access.TASK_COMMENTERS),
            rule("POST", "/task/{id}/assignee", Access.OFFICERS),
            // the start form only: /start also takes start instructions and skips listeners, which would run a
            // contract from any step without registering it
            rule("POST", "/process-definition/{id}/submit-form", Access.OFFICERS),
            rule("POST", "/process-definition/key/{key}/submit-form", Access.OFFICERS));

    private static final List<Rule> RULES = Stream.concat(
            QUERIES.stream().map(query -> rule("POST", query, Access.ANY_USER)), CHANGES.stream()).toList();

    private EngineOperations() {
    }

    /** The path inside the engine's REST API, or empty for a path that is not the engine's. */
    static Optional<String> enginePath(String path) {
        Matcher engine = ENGINE_PATH.matcher(path);
        if (!engine.matches()) {
            return Optional.empty();
        }
        String inner = engine.group(1) == null ? "/" : engine.group(1);
        while (inner.length() > 1 && inner.endsWith("/")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return Optional.of(inner);
    }

    static Access required(String method, String enginePath) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return Access.ANY_USER;
        }
        PathContainer path = PathContainer.parsePath(enginePath);
        return RULES.stream().filter(rule -> rule.method().equals(method) && rule.path().matches(path))
                .map(Rule::access).findFirst().orElse(Access.ADMINS);
    }

    /** The routes on a task that {@link TrainerTaskRequests} answers for trainers. */
    enum TrainerRoute { COMMENTS, COMMENT, NEW_COMMENT, UNCLAIM }

    private static final PathPattern TASK_COMMENTS = PathPatternParser.defaultInstance.parse("/task/{id}/comment");
    private static final PathPattern TASK_COMMENT = PathPatternParser.defaultInstance.parse(
            "/task/{id}/comment/{commentId}");
    private static final PathPattern TASK_UNCLAIM = PathPatternParser.defaultInstance.parse("/task/{id}/unclaim");

    static Optional<TrainerRoute> trainerRoute(String method, String enginePath) {
        PathContainer path = PathContainer.parsePath(enginePath);
        if (method.equals("POST")) {
            return enginePath.endsWith("/comment/create") && TASK_COMMENT.matches(path)
                    ? Optional.of(TrainerRoute.NEW_COMMENT)
                    : TASK_UNCLAIM.matches(path) ? Optional.of(TrainerRoute.UNCLAIM) : Optional.empty();
        }
        // HEAD too: the engine's answer to it would tell that a comment exists, and its length
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.empty();
        }
        return TASK_COMMENTS.matches(path) ? Optional.of(TrainerRoute.COMMENTS)
                : TASK_COMMENT.matches(path) ? Optional.of(TrainerRoute.COMMENT) : Optional.empty();
    }

    /** The comment id of {@code /task/{id}/comment/{commentId}}. */
    static String commentId(String enginePath) {
        return enginePath.split("/")[4];
    }

    /** The task id of a task path such as {@code /task/{id}/comment/create}. */
    static String taskId(String enginePath) {
        return enginePath.split("/")[2];
    }

    private static Rule rule(String method, String path, Access access) {
        return new Rule(method, PathPatternParser.defaultInstance.parse(path), access);
    }
}
