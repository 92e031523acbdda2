package ee.hankevoog.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile Hankevoog refuses to run without an administrator, or while any user still has
 * a password anyone can guess: the demo users' (password = user name) or a well-known default.
 */
@Component
@Profile("!demo")
@Order(0)
class CredentialGuard implements ApplicationRunner {

    private static final List<String> WELL_KNOWN = List.of("demo", "admin", "password", "changeit", "camunda");

    private final IdentityService identity;
    private final PasswordManager passwords;

    CredentialGuard(IdentityService identity, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identity = identity;
        this.passwords = engineConfiguration.getPasswordManager();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createUserQuery().memberOfGroup(Roles.ADMINS).count() == 0) {
            throw new IllegalStateException("Refusing to start: there is no administrator. Set"
                    + " CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD (a password of your own) for"
                    + " the first start; Camunda's open setup page is switched off.");
        }
        List<String> guessable = usersWithGuessablePasswords();
        if (!guessable.isEmpty()) {
            throw new IllegalStateException("Refusing to start: users " + guessable + " have a default or demo"
                    + " password (their user name or one of " + WELL_KNOWN + "). Demo users belong to the demo"
                    + " profile only; change these passwords in Camunda Admin or delete the users, then start again.");
        }
    }

    List<String> usersWithGuessablePasswords() {
        return identity.createUserQuery().list().stream().map(UserEntity.class::cast)
                .filter(user -> user.getPassword() != null).filter(this::hasGuessablePassword)
                .map(User::getId).toList();
    }

    /** Compares hashes directly: IdentityService.checkPassword would count failed log-ins and lock users. */
    private boolean hasGuessablePassword(UserEntity user) {
        return matches(user.getId(), user)
                || WELL_KNOWN.stream().anyMatch(password -> matches(password, user));
    }

    private boolean matches(String password, UserEntity user) {
        return passwords.check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
    }
}
