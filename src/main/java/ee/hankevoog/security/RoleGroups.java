package ee.hankevoog.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Hankevoog's roles exist as Camunda groups on every database, whatever the profile. */
@Component
@Order(1)
class RoleGroups implements ApplicationRunner {

    private final IdentityService identity;

    RoleGroups(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(Roles.OFFICERS, "Hankijad / Procurement officers", "WORKFLOW");
        ensure(Roles.TRAINERS, "Koolitajad / Trainers", "WORKFLOW");
        ensure(Roles.AUDITORS, "Audiitorid / Auditors", "WORKFLOW");
        ensure(Roles.ADMINS, "Administraatorid / Administrators", "SYSTEM");
    }

    private void ensure(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }
}
