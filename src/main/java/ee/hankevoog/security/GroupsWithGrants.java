package ee.hankevoog.security;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every engine command a logged-in user makes, Camunda asks the database which groups hold any grant, to
 * check only those of the user's groups: {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}, which
 * reads every grant. A trainer has grants on each task of theirs, so with 100,000 contracts that is some 200,000
 * rows, 16 ms before every query (a contract's history makes a dozen). The few groups that hold grants are kept
 * here for a few seconds instead, and read again at once when this node grants a group something.
 *
 * <p>Held a little too long, the list can only leave a group out (its new grant counts a few seconds later, when
 * another node made it) or keep a group in whose grants are gone (it then finds none): it never lets anyone do
 * more than their grants allow.
 */
@Component
class GroupsWithGrants extends AbstractProcessEnginePlugin {

    static final Duration KEPT = Duration.ofSeconds(5);

    /** This engine's list: a JVM may run engines on other databases (the tests do), each with its own grants. */
    private final AtomicReference<Known> known = new AtomicReference<>();

    record Known(Set<String> groups, long until) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new KeptGroups(known);
            }
        });
    }

    static final class KeptGroups extends AuthorizationManager {

        private final AtomicReference<Known> known;

        KeptGroups(AtomicReference<Known> known) {
            this.known = known;
        }

        @Override
        protected Set<String> getAllGroups() {
            Known current = known.get();
            if (current == null || System.nanoTime() - current.until() > 0) {
                current = new Known(super.getAllGroups().stream().filter(Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet()), System.nanoTime() + KEPT.toNanos());
                known.set(current);
            }
            return current.groups();
        }

        @Override
        public void insert(DbEntity grant) {
            super.insert(grant);
            forgetIfGroups(grant);
        }

        @Override
        public void update(AuthorizationEntity grant) {
            super.update(grant);
            forgetIfGroups(grant);
        }

        private void forgetIfGroups(DbEntity grant) {
            if (grant instanceof AuthorizationEntity authorization && authorization.getGroupId() != null) {
                known.set(null);
            }
        }
    }
}
