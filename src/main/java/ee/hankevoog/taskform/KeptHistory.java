package ee.hankevoog.taskform;

import ee.hankevoog.process.ContractProcess.Var;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The engine's history as Camunda's full level keeps it, less what says nothing about the contract:
 * <ul>
 * <li>variables: a variable's history (its every change in ACT_HI_DETAIL and its latest value in ACT_HI_VARINST) is
 * kept only for the values people entered, a task form's or the start form's fields, and for the variables that say
 * which contract, group, block, day and trainer a step was about, and for a proposal of new days (its group, days,
 * reason and trainer); the models' own (loop counters, a group's plan of days and deliveries, links to pages and
 * documents) keep none, and only the form values keep their every change, except a form value's creation empty
 * (a field as its completion begins, or a field left empty copied to the process: the audit chain records each
 * form);
 * <li>activities (ACT_HI_ACTINST): the models' joints keep no row: gateways, plain start and end events, sub-process
 * scopes and multi-instance bodies. Every task, service task, timer, message, escalation and call keeps its row.
 * <li>jobs (ACT_HI_JOB_LOG): a job's execution and each failure keep their row, its creation and deletion none. Every
 * task's reminder and escalation timers are created and, when the task is answered in time, deleted unfired: three
 * quarters of a contract's job rows said only that.
 * </ul>
 * The auditors' pages read Hankevoog's audit chain (which records each form's values), the user operation log and
 * the historic task and process instances; the history page names a group instance's group by its historic
 * groupCode.
 */
@Component
class KeptHistory extends AbstractProcessEnginePlugin {

    private static final Set<String> FORM_VALUES = TaskForms.all().values().stream()
            .flatMap(fields -> fields.stream().map(FormField::key)).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> VARIABLES = Stream.concat(FORM_VALUES.stream(), Stream.of(Var.CONTRACT_NUMBER,
            Var.GROUP_CODE, Var.BLOCK_INDEX, Var.DAY_INDEX, Var.TRAINER_INDEX,
            // what the trainers proposed, which the officer confirmed or refused
            Var.PROPOSED_GROUP, Var.PROPOSED_GROUP_DAYS, Var.PROPOSAL_REASON, Var.PROPOSED_BY))
            .collect(Collectors.toUnmodifiableSet());

    /** Camunda's names of the activity types ({@code ActivityTypes}) whose rows go. */
    static final Set<String> JOINTS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "startEvent", "noneEndEvent", "subProcess", "multiInstanceBody");

    /** The job log's states ({@code JobState}) whose rows stay: a job ran, or failed. */
    static final Set<Integer> JOB_OUTCOMES = Set.of(JobState.SUCCESSFUL.getStateCode(),
            JobState.FAILED.getStateCode());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the default writer is replaced, not joined: both would write every row
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                // an activity's start, end and changes all carry its type: they all go or all stay
                boolean joint = event instanceof HistoricActivityInstanceEventEntity activity
                        && JOINTS.contains(activity.getActivityType());
                boolean jobCreatedOrDeleted = event instanceof HistoricJobLogEvent job
                        && !JOB_OUTCOMES.contains(job.getState());
                if (!joint && !jobCreatedOrDeleted) {
                    super.handleEvent(event);
                }
            }

            @Override
            protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity update) {
                // every event of a variable goes by its name, so its creation, changes and deletion all go or stay
                if (VARIABLES.contains(update.getVariableName())) {
                    super.insertHistoricVariableUpdateEntity(update);
                }
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
                // fields starting empty on their tasks were more than half of a contract's rows
                boolean startsEmpty = update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                        && ValueType.NULL.getName().equals(update.getSerializerName());
                return FORM_VALUES.contains(update.getVariableName()) && !startsEmpty
                        && super.shouldWriteHistoricDetail(update);
            }
        });
    }
}
