package ee.hankevoog.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.demo.Simulation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine keeps every change of a form's values, the latest value of the variables that say where a step belongs,
 * and nothing of the models' own variables; every task, service task and timer, and none of the models' joints.
 */
@HankevoogTest
class KeptHistoryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Simulation simulation;
    @Autowired
    EngineClock clock;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void keepsTheChangesOfFormValuesAndTheLatestValueOfWhereAStepBelongs() {
        LocalDate signed = LocalDate.parse("2026-11-02");
        // through the date agreement, the curriculum meeting and the spring groups' first materials
        simulation.run("FVH-0001", signed, clock.at(signed.plusMonths(5).plusDays(15), LocalTime.NOON));

        String[] instances = instances("FVH-0001");
        List<String> changed = history.createHistoricDetailQuery().processInstanceIdIn(instances)
                .variableUpdates().list().stream().map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .distinct().toList();
        // the trainers agree to the registered days, leaving trainingDays empty: no change of it is kept
        assertThat(changed).contains("contractNumber", "datesConfirmed", "attendees", "minutes",
                "materialsSentOn", "materialsDescription", "materialsDeliveryId");
        assertThat(changed).doesNotContain("trainingDays", "loopCounter", "nrOfInstances", "groupCode", "blockIndex",
                "daysAhead", "materialsUploadPage");
        assertThat(sum(instances, instance -> rows("select count(*) from act_hi_detail where proc_inst_id_ = ?"
                + " and var_type_ = 'null' and sequence_counter_ = 1", instance)))
                .as("a form field's empty start is no change").isZero();
        assertThat(sum(instances, instance -> rows("select count(*) from act_hi_varinst where proc_inst_id_ = ?"
                + " and name_ = 'datesRemark'", instance)))
                .as("a form field left empty keeps its latest value").isPositive();

        List<String> kept = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
                .list().stream().map(HistoricVariableInstance::getName).distinct().toList();
        assertThat(kept).contains("contractNumber", "groupCode", "blockIndex", "trainingDays", "attendees",
                "materialsSentOn");
        assertThat(kept).doesNotContain("loopCounter", "nrOfInstances", "daysAhead", "materialsToDeliver",
                "materialsUploadPage");
    }

    @Test
    void keepsTheStepsThatHappenedAndNotTheModelsJoints() {
        LocalDate signed = LocalDate.parse("2026-11-02");
        simulation.run("FVH-0002", signed, clock.at(signed.plusMonths(2), LocalTime.NOON));

        List<String> types = Arrays.stream(instances("FVH-0002")).flatMap(instance -> history
                        .createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream())
                .map(HistoricActivityInstance::getActivityType).distinct().toList();
        assertThat(types).contains("userTask", "serviceTask", "callActivity", "boundaryTimer")
                .doesNotContainAnyElementsOf(KeptHistory.JOINTS);
    }

    @Test
    void keepsWhatTheJobsDidAndNotTheirCreationOrDeletion() {
        LocalDate signed = LocalDate.parse("2026-11-02");
        simulation.run("FVH-0003", signed, clock.at(signed.plusMonths(2), LocalTime.NOON));

        String[] instances = instances("FVH-0003");
        long ran = sum(instances, instance -> history.createHistoricJobLogQuery().processInstanceId(instance)
                .successLog().count());
        assertThat(ran).as("timers fired").isPositive();
        assertThat(sum(instances, instance -> history.createHistoricJobLogQuery().processInstanceId(instance).count()))
                .as("rows other than jobs that ran").isEqualTo(ran);
        assertThat(sum(instances, instance -> management.createJobQuery().processInstanceId(instance).timers()
                .count())).as("the timers waiting now were created, and left no row").isPositive();
    }

    private static long sum(String[] instances, ToLongFunction<String> count) {
        return Arrays.stream(instances).mapToLong(count).sum();
    }

    private long rows(String countQuery, String instance) {
        return jdbc.sql(countQuery).param(instance).query(Long.class).single();
    }

    /** The contract's lifecycle and the groups' instances it called. */
    private String[] instances(String number) {
        String root = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .rootProcessInstances().singleResult().getId();
        return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list().stream()
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
    }
}
