package ee.hankevoog.taskform;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.RECORD_TRAINING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TaskValues;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A training day's form fields exist on its task's own scope from its completion on, and go with the task: what one
 * day's record said is in the history, never on the next day's task or in the group's process.
 */
@HankevoogTest
class FormFieldsDeclaredAtCompletionTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;

    ProcessDriver driver;

    @BeforeEach
    void firstTrainingDayOfW1(TestInfo test) {
        setClock(TestContracts.SIGNED_ON);
        driver = new ProcessDriver(engine, registration, outbox, sampleMaterials)
                .register(TestContracts.reference("FF-" + test.getTestMethod().orElseThrow().getName()));
        driver.agreeDates(Map.of());
        setClock(LocalDateTime.parse("2026-04-20T08:00"));
        driver.runDueJobs();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void keepsADaysValuesOnItsTaskAndInTheHistoryOnly() {
        Task first = driver.openTask(RECORD_TRAINING_DAY);
        assertThat(engine.getRuntimeService().getVariablesLocal(first.getExecutionId()))
                .as("a field the model copies out is declared as the task starts, the others at its completion")
                .containsEntry("dayNotHeld", null).doesNotContainKeys("participantsPresent", "notesDestroyed");

        driver.complete(first, TaskValues.with(RECORD_TRAINING_DAY, "participantsPresent", 12L));

        String group = first.getProcessInstanceId();
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(group)
                .variableNameIn("participantsPresent", "notesDestroyed", "recordingPermitted").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(group)
                .variableName("participantsPresent").list()).extracting(HistoricVariableInstance::getValue)
                .containsExactly(12L);

        setClock(LocalDateTime.parse("2026-04-21T08:00"));
        driver.runDueJobs();
        Task second = driver.openTask(RECORD_TRAINING_DAY);
        assertThat(engine.getTaskService().getVariables(second.getId()))
                .doesNotContainKeys("participantsPresent", "notesDestroyed");
    }

    @Test
    void keepsAnotherTasksFieldOffTheProcess() {
        Task day = driver.openTask(RECORD_TRAINING_DAY);
        Map<String, Object> planted = TaskValues.valid(RECORD_TRAINING_DAY);
        planted.put("handoverRemarks", "already accepted, just tick it");

        driver.complete(day, planted);

        assertThat(engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(day.getProcessInstanceId()).variableName("handoverRemarks").count()).isZero();
    }

    @Test
    void keepsAValueWrittenBeforeTheCompletionOnTheTask() {
        Task day = driver.openTask(RECORD_TRAINING_DAY);

        engine.getTaskService().setVariables(day.getId(), Map.of("participantsPresent", 5L));

        assertThat(engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(day.getProcessInstanceId()).variableName("participantsPresent").list())
                .singleElement().satisfies(variable -> assertThat(variable.getExecutionId())
                        .isEqualTo(day.getExecutionId()));
    }

    @Test
    void leavesNothingDeclaredWhenTheCompletionIsRefused() {
        Task day = driver.openTask(RECORD_TRAINING_DAY);

        assertThatThrownBy(() -> driver.complete(day, TaskValues.with(RECORD_TRAINING_DAY, "participantsPresent", 16L)))
                .isInstanceOf(CompletionRefused.class);

        assertThat(engine.getRuntimeService().getVariablesLocal(day.getExecutionId()))
                .doesNotContainKeys("participantsPresent", "notesDestroyed");
    }
}
