package ee.hankevoog.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import ee.hankevoog.process.ContractProcess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine, whatever the client: the README's authorization table. At every start the
 * roles' grants are set to exactly this table, so a grant removed here is also removed from a database that had
 * it. Nobody but an administrator may update a process instance or a task (due dates, variables) outside a
 * completion; trainers get no task grant here: the engine grants each trainer the work on the tasks they are
 * candidate users of ({@code defaultUserPermissionNameForTask: TASK_WORK}), which are their own contracts'.
 */
@Component
@Order(2)
class RoleAuthorizations implements ApplicationRunner {

    private static final String ANY = "*";

    private final AuthorizationService authorizations;

    RoleAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    }

    static List<Grant> table() {
        List<Grant> table = new ArrayList<>();
        for (Resources resource : Resources.values()) {
            table.add(new Grant(Roles.ADMINS, resource, ANY, Permissions.ALL));
        }

        table.add(new Grant(Roles.OFFICERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
        table.add(new Grant(Roles.OFFICERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        table.add(new Grant(Roles.OFFICERS, Resources.FILTER, ANY, Permissions.READ));
        // Tasklist's assignee field looks users up by name
        table.add(new Grant(Roles.OFFICERS, Resources.USER, ANY, Permissions.READ));
        table.add(new Grant(Roles.OFFICERS, Resources.GROUP, ANY, Permissions.READ));
        table.add(new Grant(Roles.OFFICERS, Resources.DEPLOYMENT, ANY, Permissions.READ));
        Permission[] officersWork = {ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE};
        table.add(new Grant(Roles.OFFICERS, Resources.PROCESS_DEFINITION, ANY, officersWork));
        // the only process officers start; a training group is started by its contract
        table.add(new Grant(Roles.OFFICERS, Resources.PROCESS_DEFINITION, ContractProcess.LIFECYCLE,
                Stream.concat(Stream.of(officersWork), Stream.of(ProcessDefinitionPermissions.CREATE_INSTANCE))
                        .toArray(Permission[]::new)));
        table.add(new Grant(Roles.OFFICERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.READ));
        table.add(new Grant(Roles.OFFICERS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.TASK_WORK,
                TaskPermissions.TASK_ASSIGN, TaskPermissions.READ_VARIABLE));
        table.add(new Grant(Roles.OFFICERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                HistoricProcessInstancePermissions.READ));
        table.add(new Grant(Roles.OFFICERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));

        table.add(new Grant(Roles.TRAINERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
        table.add(new Grant(Roles.TRAINERS, Resources.FILTER, ANY, Permissions.READ));
        table.add(new Grant(Roles.TRAINERS, Resources.DEPLOYMENT, ANY, Permissions.READ));
        table.add(new Grant(Roles.TRAINERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));

        table.add(new Grant(Roles.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        table.add(new Grant(Roles.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ));
        table.add(new Grant(Roles.AUDITORS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));
        table.add(new Grant(Roles.AUDITORS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
        table.add(new Grant(Roles.AUDITORS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE));
        table.add(new Grant(Roles.AUDITORS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                HistoricProcessInstancePermissions.READ));
        table.add(new Grant(Roles.AUDITORS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        table.add(new Grant(Roles.AUDITORS, Resources.OPERATION_LOG_CATEGORY, ANY,
                UserOperationLogCategoryPermissions.READ));
        table.add(new Grant(Roles.AUDITORS, Resources.USER, ANY, Permissions.READ));
        table.add(new Grant(Roles.AUDITORS, Resources.GROUP, ANY, Permissions.READ));
        return table;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> kept = new HashSet<>();
        for (Grant grant : table()) {
            kept.add(set(grant).getId());
        }
        // a grant this table no longer has (an officer's UPDATE of earlier versions) goes
        for (String role : List.of(Roles.OFFICERS, Roles.TRAINERS, Roles.AUDITORS)) {
            authorizations.createAuthorizationQuery().groupIdIn(role).list().stream()
                    .filter(existing -> ANY.equals(existing.getResourceId()) && !kept.contains(existing.getId()))
                    .forEach(stale -> authorizations.deleteAuthorization(stale.getId()));
        }
    }

    private Authorization set(Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(grant.group())
                .resourceType(grant.resource()).resourceId(grant.resourceId()).authorizationType(AUTH_TYPE_GRANT)
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        authorization.setPermissions(grant.permissions());
        return authorizations.saveAuthorization(authorization);
    }
}
