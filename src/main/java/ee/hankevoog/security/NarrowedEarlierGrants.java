package ee.hankevoog.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Earlier versions let the engine give task candidates UPDATE on their tasks (due dates, any variable) and every
 * user every right on their own account, and the officers a grant per task besides their grant on every task. A
 * database they wrote keeps those grants until this narrows them: task candidates to working the task, users to
 * reading their account, and the officers' grants per task go.
 */
@Component
@Order(2)
class NarrowedEarlierGrants implements ApplicationRunner {

    private static final String ANY = "*";

    private final AuthorizationService authorizations;

    NarrowedEarlierGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .groupIdIn(Roles.OFFICERS).list()) {
            if (!ANY.equals(grant.getResourceId())) {
                authorizations.deleteAuthorization(grant.getId());
            }
        }
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(TaskPermissions.UPDATE).list()) {
            if (!ANY.equals(grant.getResourceId())) {
                grant.removePermission(TaskPermissions.UPDATE);
                grant.addPermission(TaskPermissions.TASK_WORK);
                authorizations.saveAuthorization(grant);
            }
        }
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.USER)
                .hasPermission(Permissions.UPDATE).list()) {
            if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())) {
                grant.setPermissions(NarrowDefaultGrants.OWN_ACCOUNT);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
