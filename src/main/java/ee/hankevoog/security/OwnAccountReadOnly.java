package ee.hankevoog.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda gives every new user every right on their own account, their e-mail address included; a trainer who
 * set their address to one a new contract names would take that contract over. A user may read their account;
 * an administrator changes it.
 */
@Component
class OwnAccountReadOnly extends AbstractProcessEnginePlugin {

    static final Permission[] OWN_ACCOUNT = {Permissions.READ};

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                return new AuthorizationEntity[] {
                        createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), OWN_ACCOUNT)};
            }
        });
    }
}
