package ee.hankevoog.taskform;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history as Camunda's full level keeps it, but for one kind of row: a variable's every change
 * (ACT_HI_DETAIL) is kept only for variables named as a task form's or the start form's fields, not for those
 * the models and Hankevoog set for themselves (loop counters, a block's days ahead, links). Those keep their
 * latest value (ACT_HI_VARINST) like every variable. Nobody reads their changes: the auditors' pages read
 * Hankevoog's audit chain (which records each form's values), the user operation log and the historic instances.
 */
@Component
class FormValueHistory extends AbstractProcessEnginePlugin {

    private static final Set<String> FORM_VALUES = TaskForms.all().values().stream()
            .flatMap(fields -> fields.stream().map(FormField::key)).collect(Collectors.toUnmodifiableSet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the default writer is replaced, not joined: both would write every row
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new DbHistoryEventHandler() {
            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
                return FORM_VALUES.contains(update.getVariableName()) && super.shouldWriteHistoricDetail(update);
            }
        });
    }
}
