package ee.hankevoog.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Narrows what the engine grants by itself.
 * <ul>
 * <li>Camunda gives every new user every right on their own account, their e-mail address included; a trainer who
 * set their address to one a new contract names would take that contract over. A user may read their account; an
 * administrator changes it.</li>
 * <li>Camunda grants a task's candidate group the work on that task, one row per task. The only candidate group,
 * the officers, holds that grant on every task already ({@link RoleAuthorizations}); the rows per task only made
 * each of the engine's task queries compare every open task with every officer task (seconds at a few thousand
 * contracts).</li>
 * </ul>
 */
@Component
class NarrowDefaultGrants extends AbstractProcessEnginePlugin {

    static final Permission[] OWN_ACCOUNT = {Permissions.READ};

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                return new AuthorizationEntity[] {
                        createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), OWN_ACCOUNT)};
            }

            @Override
            public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
                return new AuthorizationEntity[0];
            }
        });
    }
}
