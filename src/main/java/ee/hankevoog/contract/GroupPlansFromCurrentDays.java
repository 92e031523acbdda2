package ee.hankevoog.contract;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ModelChange;
import ee.hankevoog.training.TrainingGroup;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * The training-group model of issue 16: the enrolment task is gone, and materials and training days run inside a
 * sub-process that is planned again whenever the days move. A group waiting at the enrolment task is confirmed and
 * starts preparing; running materials and day loops move into the new sub-process with the plan they had (every
 * block, every day); the days already recorded are marked held, so that a later change never plans them again.
 */
@Component
class GroupPlansFromCurrentDays implements ModelChange {

    private static final String ENROLMENT = "Task_ConfirmEnrolment";
    private static final String PREPARE_AND_TRAIN = "SubProcess_PrepareAndTrain";
    private static final List<String> MOVED_INTO_THE_SUB_PROCESS = List.of(
            "SubProcess_MaterialsPerBlock#multiInstanceBody", "SubProcess_MaterialsPerBlock", "Task_SendMaterials",
            "BoundaryTimer_MaterialsReminder", "BoundaryTimer_MaterialsOverdue",
            "SubProcess_TrainingDays#multiInstanceBody", "SubProcess_TrainingDays", "TimerEvent_TrainingDayReached",
            "Task_RecordTrainingDay", "Gateway_TrainingDelivered");

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final WorkingDays workingDays;

    GroupPlansFromCurrentDays(RepositoryService repository, RuntimeService runtime, HistoryService history,
            ContractLookup lookup, ContractRepository contracts, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.lookup = lookup;
        this.contracts = contracts;
    }

    @Override
    public boolean appliesTo(ProcessDefinition older, ProcessDefinition latest) {
        return ContractProcess.TRAINING_GROUP.equals(older.getKey()) && has(older, ENROLMENT)
                && has(latest, PREPARE_AND_TRAIN);
    }

    @Override
    public void prepare(ProcessDefinition older, List<String> instances) {
        for (String instance : instances) {
            for (ActivityInstance enrolment : runtime.getActivityInstance(instance).getActivityInstances(ENROLMENT)) {
                runtime.createProcessInstanceModification(instance).cancelActivityInstance(enrolment.getId())
                        .startBeforeActivity("Gateway_PrepareAndTrain").execute();
            }
        }
    }

    @Override
    public void instruct(MigrationPlanBuilder plan) {
        MOVED_INTO_THE_SUB_PROCESS.forEach(activity -> plan.mapActivities(activity, activity));
    }

    @Override
    public void complete(List<String> instances) {
        for (String instance : instances) {
            String number = (String) runtime.getVariable(instance, ContractProcess.Var.CONTRACT_NUMBER);
            String groupCode = (String) runtime.getVariable(instance, ContractProcess.Var.GROUP_CODE);
            Contract contract = lookup.require(number);
            TrainingGroup group = contract.group(groupCode);
            long recorded = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                    .taskDefinitionKey(ContractProcess.Task.RECORD_TRAINING_DAY).finished().count();
            for (int day = 0; day < recorded && day < group.trainingDates().size(); day++) {
                group.recordDay(day, true);
            }
            contracts.save(contract);
            // the loops keep the plan they started with: every block, every day by position
            for (ActivityInstance scope : runtime.getActivityInstance(instance).getActivityInstances(PREPARE_AND_TRAIN)) {
                String execution = scope.getExecutionIds()[0];
                runtime.setVariableLocal(execution, ContractProcess.Var.MATERIALS_TO_DELIVER, indexes(
                        contract.materialsDeliveries(groupCode, workingDays).size()));
                runtime.setVariableLocal(execution, ContractProcess.Var.DAYS_AHEAD, indexes(group.trainingDates().size()));
            }
        }
    }

    private boolean has(ProcessDefinition definition, String activity) {
        return repository.getBpmnModelInstance(definition.getId()).getModelElementById(activity) != null;
    }

    private static String indexes(int count) {
        return IntStream.range(0, count).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
