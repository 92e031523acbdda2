package ee.hankevoog.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

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
 * What each role may do in the engine, whatever the client. Trainers get no task grant here: the engine
 * grants each trainer the tasks they are candidate users of, which are their own contracts' trainer tasks.
 */
@Component
@Order(2)
class RoleAuthorizations implements ApplicationRunner {

    private static final String ANY = "*";

    private final AuthorizationService authorizations;

    RoleAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Resources resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
        }

        grant(Roles.OFFICERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.OFFICERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.OFFICERS, Resources.FILTER, ANY, Permissions.READ);
        grant(Roles.OFFICERS, Resources.USER, ANY, Permissions.READ);
        grant(Roles.OFFICERS, Resources.GROUP, ANY, Permissions.READ);
        grant(Roles.OFFICERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.OFFICERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(Roles.OFFICERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
        grant(Roles.OFFICERS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE,
                TaskPermissions.TASK_WORK, TaskPermissions.READ_VARIABLE);
        grant(Roles.OFFICERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(Roles.OFFICERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        grant(Roles.TRAINERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.TRAINERS, Resources.FILTER, ANY, Permissions.READ);
        grant(Roles.TRAINERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.TRAINERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);

        grant(Roles.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.AUDITORS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(Roles.AUDITORS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(Roles.AUDITORS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
        grant(Roles.AUDITORS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(Roles.AUDITORS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(Roles.AUDITORS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
        grant(Roles.AUDITORS, Resources.USER, ANY, Permissions.READ);
        grant(Roles.AUDITORS, Resources.GROUP, ANY, Permissions.READ);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
