package ee.hankevoog.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before {@link OpenTasksInHistory} have no historic grant for their trainers; this gives it to them,
 * once a database, and marks the database as done in the engine's properties.
 */
@Component
@Order(3)
class OpenTasksInHistoryForEarlierTasks implements ApplicationRunner {

    static final String DONE = "hankevoog.open-tasks-in-history";
    private static final Logger LOG = LoggerFactory.getLogger(OpenTasksInHistoryForEarlierTasks.class);
    private static final int PAGE = 500;

    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final ManagementService management;

    OpenTasksInHistoryForEarlierTasks(TaskService tasks, AuthorizationService authorizations,
            ManagementService management) {
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.management = management;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (management.getProperties().containsKey(DONE)) {
            return;
        }
        int granted = 0;
        for (int first = 0; ; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
            for (Task task : page) {
                for (String user : users(task)) {
                    if (authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                            .resourceId(task.getId()).userIdIn(user).count() == 0) {
                        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                        grant.setUserId(user);
                        grant.setResource(Resources.HISTORIC_TASK);
                        grant.setResourceId(task.getId());
                        grant.addPermission(HistoricTaskPermissions.READ);
                        authorizations.saveAuthorization(grant);
                        granted++;
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        management.setProperty(DONE, "true");
        LOG.info("Open tasks' users may now read them in the history: {} grants added", granted);
    }

    private Set<String> users(Task task) {
        Set<String> users = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getUserId)
                .filter(user -> user != null).forEach(users::add);
        return users;
    }
}
