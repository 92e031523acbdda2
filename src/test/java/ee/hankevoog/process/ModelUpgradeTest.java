package ee.hankevoog.process;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TaskValues;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.contract.GroupCancellation;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.training.TrainingDay;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Contracts started on the models before issue 16 (kept under previous-models/), stopped at every kind of wait
 * state, move onto the newest models and run to closing.
 */
@HankevoogTest
class ModelUpgradeTest {

    /** The previous model's enrolment task confirmed a group in a listener the newest product no longer has. */
    private static final String DECIDE_ENROLMENT = "decideEnrolment";

    private static final String ENROLMENT = "Task_ConfirmEnrolment";

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
    @Autowired
    ContractRepository contracts;
    @Autowired
    GroupCancellation cancellation;
    @Autowired
    ModelUpgrade upgrade;
    @Autowired
    ContractLookup lookup;
    @Autowired
    ConfigurableApplicationContext context;

    /** Registered for this test alone: a context of its own would be a second engine on the same database. */
    @BeforeEach
    void provideThePreviousModelsListener() {
        TaskListener decideEnrolment = task -> {
            Contract contract = lookup.get(ContractProcess.contractNumber(task));
            contract.group(ContractProcess.groupCode(task)).confirmDays();
            contracts.save(contract);
            task.getExecution().setVariable("groupCancelled", false);
        };
        context.getBeanFactory().registerSingleton(DECIDE_ENROLMENT, decideEnrolment);
    }

    @AfterEach
    void resetClockAndListener() {
        ClockUtil.reset();
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).destroySingleton(DECIDE_ENROLMENT);
    }

    @Test
    void movesContractsWaitingAtEveryKindOfStepOntoTheNewestModelsAndRunsThemToClosing() throws Exception {
        deploy("previous-models", "classpath*:previous-models/*");
        try {
            startOnThePreviousModelsAndUpgrade();
        } finally {
            // the newest models are the newest again for every test after this one, whatever happened here
            deploy("current-models", "classpath*:bpmn/*.bpmn");
        }
    }

    private void startOnThePreviousModelsAndUpgrade() throws Exception {
        setClock(TestContracts.SIGNED_ON);
        String run = "MU-" + System.nanoTime();
        Map<String, ProcessDriver> waiting = new LinkedHashMap<>();
        for (String state : List.of("agreement", "enrolment", "materials", "deletion", "day", "act")) {
            waiting.put(state, new ProcessDriver(engine, registration, outbox, sampleMaterials)
                    .register(TestContracts.reference(run + "-" + state)));
        }
        assertThat(definitionOf(waiting.get("agreement").lifecycle()).getVersionTag()).isNull();

        waiting.get("enrolment").agreeDates(Map.of());
        ProcessDriver materials = waiting.get("materials");
        materials.agreeDates(Map.of());
        materials.complete(materials.openTask(ENROLMENT, "W1"), Map.of("cancelGroup", false));
        ProcessDriver deletion = waiting.get("deletion");
        for (String group : List.of("W1", "L1", "W2", "L2")) {
            cancellation.cancel(deletion.number(), group, "Liiga vähe / too few", 3, "officer");
        }
        deletion.agreeDates(Map.of());
        workOpenTasks(deletion, DELETE_DIGITAL_MATERIAL);
        ProcessDriver day = waiting.get("day");
        day.agreeDates(Map.of());
        ProcessDriver actWaits = waiting.get("act");
        actWaits.agreeDates(Map.of());
        workOpenTasks(day);
        day.advanceUntilOpen(RECORD_TRAINING_DAY);
        do {
            workOpenTasks(actWaits, PREPARE_HANDOVER_ACT);
        } while (actWaits.openTasks(PREPARE_HANDOVER_ACT).isEmpty()
                && actWaits.advanceToNextTimerBy(LocalDateTime.parse("2026-06-01T00:00")));
        assertThat(actWaits.openTask(PREPARE_HANDOVER_ACT, "L1")).isNotNull();
        assertThat(materials.openTask(SEND_MATERIALS, "W1")).isNotNull();
        assertThat(waiting.get("enrolment").openTasks(ENROLMENT)).hasSize(4);
        assertThat(deletion.openTask(DELETE_DIGITAL_MATERIAL)).isNotNull();
        assertThat(day.openTask(RECORD_TRAINING_DAY, "W1")).isNotNull();

        deploy("current-models", "classpath*:bpmn/*.bpmn");
        List<ModelUpgrade.Moved> moved = upgrade.upgradeAll();

        assertThat(moved).isNotEmpty().allSatisfy(step -> assertThat(step.problem()).isNull());
        for (ProcessDriver driver : waiting.values()) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(driver.number()).list())
                    .allSatisfy(instance -> assertThat(definitionOf(instance).getVersion()).isEqualTo(engine
                            .getRepositoryService().createProcessDefinitionQuery()
                            .processDefinitionKey(definitionOf(instance).getKey()).latestVersion().singleResult()
                            .getVersion()));
        }
        assertThat(waiting.get("enrolment").openTasks(SEND_MATERIALS)).as("a group at enrolment starts preparing")
                .hasSize(4);
        // L1 trained on 28 April and 12 May and waits for its act; W1 trained two of its three days
        Contract act = contracts.findByNumber(waiting.get("act").number()).orElseThrow();
        assertThat(act.group("L1").days()).as("the days recorded before are held").allMatch(TrainingDay::wasHeld);
        assertThat(act.group("W1").days()).extracting(TrainingDay::held).containsExactly(true, true, null);

        for (ProcessDriver driver : waiting.values()) {
            runToClosing(driver);
            assertThat(contracts.findByNumber(driver.number()).orElseThrow().state()).as(driver.number())
                    .isEqualTo(ContractState.CLOSED);
        }
    }

    private void runToClosing(ProcessDriver driver) {
        do {
            workOpenTasks(driver);
        } while (contracts.findByNumber(driver.number()).orElseThrow().state() == ContractState.RUNNING
                && driver.advanceToNextTimerBy(LocalDateTime.parse("2028-01-01T00:00")));
        workOpenTasks(driver);
    }

    /** Completes every open task, and those they open, but the {@code left} ones. */
    private static void workOpenTasks(ProcessDriver driver, String... left) {
        List<Task> open;
        while (!(open = driver.openTasks().stream()
                .filter(task -> !List.of(left).contains(task.getTaskDefinitionKey())).toList()).isEmpty()) {
            open.forEach(task -> driver.complete(task, switch (task.getTaskDefinitionKey()) {
                case ENROLMENT -> Map.of("cancelGroup", false);
                // proposed after the upgrade in May, the days the contract named have passed
                case AGREE_TRAINING_DATES -> Map.of("trainingDays", """
                        W1: 2026-09-07, 2026-09-08, 2026-10-05
                        L1: 2026-09-15, 2026-09-29
                        W2: 2026-10-12, 2026-10-13, 2026-11-16
                        L2: 2026-10-20, 2026-11-03""");
                default -> TaskValues.valid(task.getTaskDefinitionKey());
            }));
            driver.deliverMail();
        }
    }

    private ProcessDefinition definitionOf(ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId());
    }

    /** The models and every form they name, as one deployment: forms are bound to their model's deployment. */
    private void deploy(String name, String models) throws Exception {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : List.of(models, "classpath*:forms/*.form")) {
            for (var resource : resolver.getResources(pattern)) {
                deployment.addInputStream(resource.getFilename(), resource.getInputStream());
            }
        }
        deployment.deploy();
    }
}
