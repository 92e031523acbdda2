package ee.hankevoog.process;

import java.util.List;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** What one change of a process model needs, beyond equal activities, to move running instances across it. */
public interface ModelChange {

    /** Whether instances of {@code older} cross this change on their way to {@code latest}. */
    boolean appliesTo(ProcessDefinition older, ProcessDefinition latest);

    /** Puts the instances where the migration can take them from, on their old model. */
    default void prepare(ProcessDefinition older, List<String> instances) {
    }

    /** Maps what changed. */
    void instruct(MigrationPlanBuilder plan);

    /** Sets what the new model expects and migration does not create, once the instances moved. */
    default void complete(List<String> instances) {
    }
}
