package ee.hankevoog.security;

import ee.hankevoog.process.BuiltInTaskListeners;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * A task's trainers read it in the engine's history while it is open: the engine's comment resource looks a task
 * up there, so without that a trainer could neither comment on their own task nor read its comments. With
 * historic instance permissions on, the engine grants that to each candidate and assignee of a task beside the
 * work on it (group links get neither: {@link NarrowDefaultGrants}). The historic grant goes when the task ends,
 * so the grants table holds the open tasks' only instead of growing with every task a contract ever had.
 */
@Component
class OpenTasksInHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableHistoricInstancePermissions(true);
        for (String end : new String[] {TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE}) {
            // the engine's own manager: the one completing may not delete grants, and this is one statement
            BuiltInTaskListeners.add(configuration, end, task -> true, task -> Context.getCommandContext()
                    .getAuthorizationManager().deleteAuthorizationsByResourceId(Resources.HISTORIC_TASK, task.getId()));
        }
    }
}
