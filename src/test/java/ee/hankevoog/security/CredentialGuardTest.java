package ee.hankevoog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.HankevoogTest;
import org.camunda.bpm.engine.IdentityService;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@HankevoogTest
class CredentialGuardTest {

    @Autowired
    CredentialGuard guard;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeUser() {
        identity.deleteUser("guardtest");
    }

    @Test
    void refusesToStartWhileAUserHasItsNameAsPassword() {
        createUser("guardtest");

        assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guardtest")
                .hasMessageContaining("Demo users belong to the demo profile only");
    }

    @Test
    void refusesAWellKnownDefaultPassword() {
        createUser("changeit");

        assertThat(guard.usersWithGuessablePasswords()).contains("guardtest");
    }

    @Test
    void acceptsAPasswordOfTheUsersOwn() {
        createUser("a long passphrase of their own");

        assertThat(guard.usersWithGuessablePasswords()).doesNotContain("guardtest");
    }

    @Test
    void refusesToStartWithoutAnAdministrator() {
        List<String> admins = identity.createUserQuery().memberOfGroup(Roles.ADMINS).list().stream()
                .map(User::getId).toList();
        admins.forEach(admin -> identity.deleteMembership(admin, Roles.ADMINS));
        try {
            assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
                    .hasMessageContaining("there is no administrator").hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID");
        } finally {
            admins.forEach(admin -> identity.createMembership(admin, Roles.ADMINS));
        }
    }

    /** A user saved past the password policy, as earlier versions and the demo profile did. */
    private void createUser(String password) {
        User user = identity.newUser("guardtest");
        user.setPassword(password);
        ((IdentityServiceImpl) identity).saveUser(user, true);
    }
}
