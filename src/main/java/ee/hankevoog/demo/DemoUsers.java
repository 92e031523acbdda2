package ee.hankevoog.demo;

import ee.hankevoog.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One user per role, with known passwords: only ever in the demo profile. */
@Component
@Profile("demo")
@Order(3)
class DemoUsers implements ApplicationRunner {

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure("mari", "Mari", "Maasikas", "mari@example.ee", Roles.OFFICERS);
        ensure("tiit", "Tiit", "Tamm", "tiit@example.ee", Roles.TRAINERS);
        ensure("anne", "Anne", "Audiitor", "anne@example.ee", Roles.AUDITORS);
        ensure("demo", "Demo", "Admin", "demo@example.ee", Roles.ADMINS);
    }

    private void ensure(String id, String firstName, String lastName, String email, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(id);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }
}
