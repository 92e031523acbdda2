package ee.hankevoog.security;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The groups that hold grants are kept between commands, and a group granted something counts at once. */
@HankevoogTest
class GroupsWithGrantsTest {

    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void aGroupGrantedSomethingMayUseItAtOnce() {
        identity.setAuthentication("gwg-reader", List.of("gwg-readers"));
        assertThat(repository.createProcessDefinitionQuery().count()).as("no grant, nothing to see").isZero();
        identity.clearAuthentication();

        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("gwg-readers");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("*");
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);

        identity.setAuthentication("gwg-reader", List.of("gwg-readers"));
        assertThat(repository.createProcessDefinitionQuery().count()).isPositive();
        identity.clearAuthentication();

        authorizations.deleteAuthorization(grant.getId());
        identity.setAuthentication("gwg-reader", List.of("gwg-readers"));
        assertThat(repository.createProcessDefinitionQuery().count()).as("the grant gone, nothing to see").isZero();
    }
}
