package ee.hankevoog.taskform;

import ee.hankevoog.process.BuiltInTaskListeners;
import ee.hankevoog.process.ContractProcess.Var;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.springframework.stereotype.Component;

/**
 * The variables that say which contract, group, block, day and trainer a task belongs to are Hankevoog's, not the
 * client's: a completion that gives one of them (say, to act on another group) is refused, even with the value it
 * has. Nobody but an administrator may write a variable outside a completion (RoleAuthorizations), so a write by
 * the completing command itself is the one to refuse: the engine's cache of the command says which variables were
 * created or written since they were read. (A copy kept on each task to compare against cost five rows a variable,
 * written and deleted with every task.)
 */
@Component
class ProtectedVariables extends AbstractProcessEnginePlugin {

    private static final List<String> NAMES = List.of(Var.CONTRACT_NUMBER, Var.GROUP_CODE, Var.BLOCK_INDEX,
            Var.DAY_INDEX, Var.TRAINER_INDEX,
            // a group's plan of its loops, and what a proposal of new days says: never the answer's to change
            Var.DAYS_AHEAD, Var.MATERIALS_TO_DELIVER, Var.PROPOSED_GROUP, Var.PROPOSED_GROUP_DAYS, Var.PROPOSAL_REASON,
            Var.PROPOSED_BY,
            // passed by the server to the step it starts, transient, for that step alone: never stored
            Var.JOINING_TRAINER);

    /** Before any listener of the model, which would otherwise act on the contract or group a client named. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BuiltInTaskListeners.add(configuration, TaskListener.EVENTNAME_COMPLETE, activity -> true,
                ProtectedVariables::check);
    }

    static void check(DelegateTask task) {
        for (String name : NAMES) {
            // a task that had none may not gain one either: a lifecycle task must not name a group or a trainer
            if (writtenByThisCommand(task, name)) {
                throw new CompletionRefused(name, "Field '" + name + "' is set by Hankevoog and cannot be given"
                        + " when completing a task; leave it out.");
            }
        }
    }

    /**
     * At every level from the task up, not only the nearest: a completion writes from the task's execution upwards,
     * past a copy on the task itself, which tasks created before Hankevoog stopped copying these still have.
     */
    private static boolean writtenByThisCommand(DelegateTask task, String name) {
        for (AbstractVariableScope scope = (AbstractVariableScope) task; scope != null;
                scope = scope.getParentVariableScope()) {
            CoreVariableInstance variable = scope.getVariableInstanceLocal(name);
            if (variable != null && written(variable)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transient value lives in its command only; a stored one is dirty also when written with the value it had:
     * each write raises its sequence counter.
     */
    private static boolean written(CoreVariableInstance variable) {
        if (!(variable instanceof DbEntity stored)) {
            return true;
        }
        CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                .getCachedEntity(stored);
        return cached == null || cached.getEntityState() != DbEntityState.PERSISTENT || cached.isDirty();
    }
}
