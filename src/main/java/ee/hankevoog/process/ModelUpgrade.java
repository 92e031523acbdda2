package ee.hankevoog.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running contracts onto the newest process models with Camunda's migration API, so that a contract started
 * a year ago runs by the rules of today's model: at start-up, right after the models are deployed, and on an
 * administrator's command. Each model change that needs more than equal activities mapped has its own
 * {@link ModelChange}; instances that cannot be moved stay where they are and are reported, never lost.
 */
@Component
public class ModelUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(ModelUpgrade.class);

    /** One older model's instances moved, or why they could not be. */
    public record Moved(String processKey, int fromVersion, int toVersion, int instances, String problem) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final List<ModelChange> changes;
    private final TransactionTemplate transaction;

    ModelUpgrade(RepositoryService repository, RuntimeService runtime, List<ModelChange> changes,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.changes = changes;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ProcessesDeployed.class)
    @Order(0)
    public void atStartUp() {
        upgradeAll().forEach(moved -> LOG.info("Model upgrade: {}", moved));
    }

    /** Every instance of an older version of each model, moved to the newest version. */
    public synchronized List<Moved> upgradeAll() {
        List<Moved> report = new ArrayList<>();
        for (String key : List.of(ContractProcess.TRAINING_GROUP, ContractProcess.LIFECYCLE)) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            if (latest == null) {
                continue;
            }
            for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .orderByProcessDefinitionVersion().asc().list()) {
                if (older.getVersion() < latest.getVersion()) {
                    upgrade(older, latest).ifPresent(report::add);
                }
            }
        }
        return report;
    }

    private Optional<Moved> upgrade(ProcessDefinition older, ProcessDefinition latest) {
        List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list()
                .stream().map(ProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        List<ModelChange> applying = changes.stream().filter(change -> change.appliesTo(older, latest)).toList();
        try {
            // one transaction: an instance is moved whole, or left as it was
            transaction.executeWithoutResult(status -> {
                applying.forEach(change -> change.prepare(older, instances));
                var plan = runtime.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities();
                for (ModelChange change : applying) {
                    change.instruct(plan);
                }
                MigrationPlan built = plan.build();
                runtime.newMigration(built).processInstanceIds(instances).skipIoMappings().execute();
                applying.forEach(change -> change.complete(instances));
            });
            return Optional.of(new Moved(older.getKey(), older.getVersion(), latest.getVersion(),
                    instances.size(), null));
        } catch (RuntimeException e) {
            LOG.error("Model upgrade of {} version {} failed; its {} instances stay on it", older.getKey(),
                    older.getVersion(), instances.size(), e);
            return Optional.of(new Moved(older.getKey(), older.getVersion(), latest.getVersion(), 0,
                    e.getMessage()));
        }
    }
}
