package ee.hankevoog.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.security.EngineOperations.Access;
import ee.hankevoog.security.EngineOperations.TrainerRoute;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before they reach the engine, the engine REST calls that {@link EngineOperations} keeps for others,
 * with the engine REST API's own error shape so that Tasklist and Cockpit show the reason.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthorizationService authorizations;
    private final TrainerTaskRequests trainerRequests;

    EngineRestGuard(AuthorizationService authorizations, TrainerTaskRequests trainerRequests) {
        this.authorizations = authorizations;
        this.trainerRequests = trainerRequests;
    }

    private record User(String id, List<String> groups) {
        boolean in(String... roles) {
            return List.of(roles).stream().anyMatch(groups::contains);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> enginePath = EngineOperations.enginePath(path);
        if (enginePath.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Access access = EngineOperations.required(request.getMethod(), enginePath.get());
        Optional<User> user = user(request);
        HttpServletRequest checked = access == Access.CLAIMERS || access == Access.TASK_COMMENTERS
                ? new ReplayableBody(request) : request;
        Optional<TrainerRoute> trainers = EngineOperations.trainerRoute(request.getMethod(), enginePath.get());
        if (trainers.isPresent() && user.isPresent() && !user.get().in(Roles.OFFICERS, Roles.AUDITORS, Roles.ADMINS)) {
            answerTrainer(trainers.get(), user.get(), enginePath.get(), checked, response);
            return;
        }
        if (access == Access.ANY_USER || user.isPresent() && allowed(access, user.get(), enginePath.get(), checked)) {
            chain.doFilter(checked, response);
            return;
        }
        if (user.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in first.");
            return;
        }
        LOG.debug("Refused {} {} to {}: {}", request.getMethod(), path, user.get().id(), access);
        refuseChange(response, user.get(), request.getMethod() + " " + enginePath.get(), access);
    }

    /**
     * A trainer's request on a task they work on; to anyone else the task does not exist for reading, as the
     * engine says, and is not theirs to change.
     */
    private void answerTrainer(TrainerRoute route, User user, String enginePath, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String task = EngineOperations.taskId(enginePath);
        switch (route) {
            case COMMENTS, COMMENT -> {
                if (!mayWork(user, task)) {
                    refuse(response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                            "No task found for task id " + task);
                } else if (route == TrainerRoute.COMMENTS) {
                    trainerRequests.comments(task, response);
                } else {
                    trainerRequests.comment(task, EngineOperations.commentId(enginePath), response);
                }
            }
            case NEW_COMMENT -> {
                if (allowed(Access.TASK_COMMENTERS, user, enginePath, request)) {
                    trainerRequests.comment(task, user.id(), user.groups(), body(request).field("message")
                            .asText(null), response);
                } else {
                    refuseChange(response, user, "POST " + enginePath, Access.TASK_COMMENTERS);
                }
            }
            case UNCLAIM -> {
                if (allowed(Access.TASK_WORKERS, user, enginePath, request) && mayWork(user, task)) {
                    trainerRequests.unclaim(task, user.id(), user.groups(), response);
                } else {
                    refuseChange(response, user, "POST " + enginePath, Access.TASK_WORKERS);
                }
            }
        }
    }

    private boolean mayWork(User user, String task) {
        return authorizations.isUserAuthorized(user.id(), user.groups(), TaskPermissions.TASK_WORK, Resources.TASK,
                task);
    }

    private static void refuseChange(HttpServletResponse response, User user, String request, Access access)
            throws IOException {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "User '" + user.id() + "' may not " + request + ": "
                + reason(access));
    }

    private boolean allowed(Access access, User user, String enginePath, HttpServletRequest request) {
        if (user.in(Roles.ADMINS)) {
            return true;
        }
        return switch (access) {
            case ANY_USER -> true;
            case TASK_WORKERS -> user.in(Roles.OFFICERS, Roles.TRAINERS);
            // claiming for someone else is assigning, which is the officers'
            case CLAIMERS -> user.in(Roles.OFFICERS)
                    || user.in(Roles.TRAINERS) && user.id().equals(body(request).field("userId").asText());
            case OFFICERS -> user.in(Roles.OFFICERS);
            // the engine files a comment under any process instance the body names, unchecked
            case TASK_COMMENTERS -> user.in(Roles.OFFICERS, Roles.TRAINERS)
                    && body(request).field("processInstanceId").isMissingNode()
                    && mayWork(user, EngineOperations.taskId(enginePath));
            case ADMINS -> false;
        };
    }

    private static ReplayableBody body(HttpServletRequest request) {
        return (ReplayableBody) request;
    }

    private static String reason(Access access) {
        return switch (access) {
            case TASK_WORKERS -> "only officers and a task's trainers work on tasks.";
            case CLAIMERS -> "a trainer claims a task for themselves; assigning it to others is the officers'.";
            case OFFICERS -> "only procurement officers start contracts and assign tasks.";
            case TASK_COMMENTERS -> "only those who may work on a task comment on it, and only on that task.";
            default -> "this change is an administrator's; officers change contracts through Hankevoog's API and"
                    + " pages, trainers and officers complete tasks, auditors read.";
        };
    }

    /** Who is asking: logged in to the API (HTTP Basic), or to Camunda's webapps (their own session). */
    private static Optional<User> user(HttpServletRequest request) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        boolean webapps = request.getServletPath().startsWith("/camunda");
        if (!webapps && login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)) {
            return Optional.of(new User(login.getName(), Roles.of(login)));
        }
        if (request.getSession(false) == null) {
            return Optional.empty();
        }
        Authentications webapp = AuthenticationUtil.getAuthsFromSession(request.getSession(false));
        if (webapp == null || !(webapp.getAuthenticationForProcessEngine("default") instanceof UserAuthentication u)) {
            return Optional.empty();
        }
        return Optional.of(new User(u.getName(), u.getGroupIds() == null ? List.of() : u.getGroupIds()));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        refuse(response, status, "AuthorizationException", message);
    }

    /** Answers with the engine REST API's error shape. */
    static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("message", message);
        error.put("code", null);
        JSON.writeValue(response.getOutputStream(), error);
    }
}
