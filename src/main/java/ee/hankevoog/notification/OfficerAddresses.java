package ee.hankevoog.notification;

import ee.hankevoog.security.Roles;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Every officer's e-mail address, for what the contract's contact person alone should not be left to handle. */
@Component
class OfficerAddresses {

    private final IdentityService identity;

    OfficerAddresses(IdentityService identity) {
        this.identity = identity;
    }

    Set<String> all() {
        Set<String> addresses = new LinkedHashSet<>();
        identity.createUserQuery().memberOfGroup(Roles.OFFICERS).list().stream().map(User::getEmail)
                .filter(email -> email != null && !email.isBlank()).forEach(addresses::add);
        return addresses;
    }
}
