package ee.hankevoog.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
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
 * <li>Camunda grants a task's assignee the work on it and keeps that grant when the task goes to someone else: a
 * trainer an officer assigned a task by mistake could still complete it after the officer took it back. The grant
 * of an assignee who is neither a candidate nor the owner of the task goes with the assignment.</li>
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

            @Override
            public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
                if (oldAssignee != null && !oldAssignee.equals(task.getOwner()) && !isCandidate(task, oldAssignee)) {
                    Context.getCommandContext().getAuthorizationManager()
                            .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
                }
                return super.newTaskAssignee(task, oldAssignee, newAssignee);
            }
        });
    }

    private static boolean isCandidate(Task task, String user) {
        return ((TaskEntity) task).getIdentityLinks().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && user.equals(link.getUserId()));
    }
}
