package ee.hankevoog.contract.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.TRAINER;
import static ee.hankevoog.process.ContractProcess.Task.CONFIRM_JOINING_TRAINER_PROFILE;
import static ee.hankevoog.process.ContractProcess.Task.CONFIRM_JUHAN_PROFILE;
import static ee.hankevoog.process.ContractProcess.Task.SEND_MATERIALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.TaskValues;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.security.Roles;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tiit Tamm (apitrainer) trains ContractJson.valid's groups; Kati Kask (apitrainer2) replaces him or joins him. */
@HankevoogTest
class TrainerChangeApiTest {

    private static final String KATI_TRAINER = "apitrainer2";
    private static final String KATI = """
            {"name": "Kati Kask", "email": "kati@example.ee", "user": "apitrainer2"}""";
    private static final String TIIT = """
            {"name": "Tiit Tamm", "email": "tiit@example.ee", "user": "apitrainer"}""";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    DeadlineBoard deadlines;
    @Autowired
    ContractLookup contracts;

    String number;
    ProcessDriver driver;
    TaskService tasks;

    @BeforeEach
    void contractSignedOn16March() {
        number = ApiClient.registerContract(identity, port, "TC");
        ApiClient.ensureUser(identity, KATI_TRAINER, Roles.TRAINERS);
        driver = new ProcessDriver(engine, null, outbox, null).follow(number);
        tasks = engine.getTaskService();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void replacesATrainerWhoLosesTheContractAtOnceWhileTheNewOneGetsHisTasksAndAProfileTask() {
        driver.agreeDates(Map.of());
        Task materials = driver.openTask(SEND_MATERIALS, "W1");
        tasks.claim(materials.getId(), TRAINER);
        String tiitsFeed = feedOf(TRAINER);
        assertThat(ApiClient.anonymous(port).get(tiitsFeed).body()).contains("UID:" + number);

        Response changed = officer().put(trainers(), """
                {"trainers": [%s], "reason": "Tiit lahkus / Tiit left the company"}""".formatted(KATI));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("trainers")).extracting(trainer -> trainer.get("name").asText())
                .containsExactly("Kati Kask");
        assertThat(changed.json().get("formerTrainers")).singleElement().satisfies(former ->
                assertThat(former.get("leftOn").asText()).isEqualTo("2026-03-16"));
        assertThat(driver.openTasks(SEND_MATERIALS)).allSatisfy(task -> {
            assertThat(candidates(task)).containsExactly(KATI_TRAINER);
            assertThat(task.getAssignee()).as("a leaver's claim goes").isNull();
        });
        assertThat(candidates(driver.openTask(CONFIRM_JUHAN_PROFILE))).as("the leaver's own task goes to who trains")
                .containsExactly(KATI_TRAINER);
        Task profile = driver.openTask(CONFIRM_JOINING_TRAINER_PROFILE);
        assertThat(profile.getName()).isEqualTo("Confirm trainer profile in JUHAN: Kati Kask – " + number);
        assertThat(candidates(profile)).containsExactly(KATI_TRAINER);
        assertThat(profile.getDueDate()).isEqualTo(ProcessDriver.endOf("2026-04-17"));

        assertThat(taskIdsSeenBy(TRAINER)).as("Tiit sees none of the contract's tasks").isEmpty();
        assertThat(contracts.numbersOfTrainer(TRAINER)).as("nor the contract on his desk").doesNotContain(number);
        assertThat(contracts.numbersOfTrainer(KATI_TRAINER)).contains(number);
        assertThat(taskIdsSeenBy(KATI_TRAINER)).contains(materials.getId(), profile.getId());
        assertThat(ApiClient.anonymous(port).get(tiitsFeed).body()).as("nor the contract's deadlines in his calendar")
                .doesNotContain("UID:" + number);
        assertThat(ApiClient.anonymous(port).get(feedOf(KATI_TRAINER)).body()).contains("UID:" + number);

        driver.completeAs(KATI_TRAINER, Roles.TRAINERS, profile, TaskValues.valid(CONFIRM_JOINING_TRAINER_PROFILE));
        assertThat(deadlines.of(contracts.require(number))).filteredOn(state ->
                        state.deadline().obligation() == Obligation.JUHAN_PROFILE)
                .extracting(state -> state.deadline().itemIndex() + " " + state.status())
                .containsExactly("1 " + DeadlineStatus.DONE);
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).filteredOn(mail -> mail.subject().contains("Contract changed"))
                .extracting(ReceivedMail::recipient).containsExactlyInAnyOrder("kati@example.ee", "mari@example.ee");
        assertThat(history()).filteredOn(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.at("/details/what").asText()).isEqualTo("trainers");
                    assertThat(entry.at("/details/before").asText()).contains("Tiit Tamm");
                    assertThat(entry.at("/details/after").asText()).contains("Kati Kask").doesNotContain("Tiit");
                });
    }

    @Test
    void addsATrainerBeforeTheDatesAreAgreedWhoGetsTheProfileTaskWithEveryone() {
        Response added = officer().put(trainers(), """
                {"trainers": [%s, %s], "reason": "Teine koolitaja / a second trainer"}""".formatted(TIIT, KATI));
        assertThat(added.status()).as(added.body()).isEqualTo(200);

        driver.agreeDates(Map.of());

        assertThat(driver.openTasks(CONFIRM_JUHAN_PROFILE)).extracting(Task::getName).containsExactlyInAnyOrder(
                "Confirm trainer profile in JUHAN: Tiit Tamm – " + number,
                "Confirm trainer profile in JUHAN: Kati Kask – " + number);
        assertThat(driver.openTasks(CONFIRM_JOINING_TRAINER_PROFILE)).isEmpty();
        assertThat(driver.openTasks(SEND_MATERIALS)).allSatisfy(task ->
                assertThat(candidates(task)).containsExactlyInAnyOrder(TRAINER, KATI_TRAINER));
    }

    @Test
    void leavesAStayingTrainersOwnTaskToThemWhenAnotherJoins() {
        driver.agreeDates(Map.of());

        Response added = officer().put(trainers(), """
                {"trainers": [%s, %s], "reason": "Teine koolitaja / a second trainer"}""".formatted(TIIT, KATI));

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(candidates(driver.openTask(CONFIRM_JUHAN_PROFILE))).as("Tiit's own profile stays his")
                .containsExactly(TRAINER);
        assertThat(candidates(driver.openTask(CONFIRM_JOINING_TRAINER_PROFILE))).containsExactly(KATI_TRAINER);
        assertThat(driver.openTasks(SEND_MATERIALS)).allSatisfy(task ->
                assertThat(candidates(task)).containsExactlyInAnyOrder(TRAINER, KATI_TRAINER));
        assertThat(officer().put(trainers(), """
                {"trainers": [%s, %s], "reason": "twice"}""".formatted(KATI, KATI)).status()).isEqualTo(400);
    }

    @Test
    void refusesWhatIsNotATrainerChangeAndEveryoneButOfficers() {
        String kati = """
                {"trainers": [%s], "reason": "x"}""".formatted(KATI);
        assertThat(ApiClient.anonymous(port).put(trainers(), kati).status()).isEqualTo(401);
        assertThat(ApiClient.as(TRAINER, port).put(trainers(), kati).status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).put(trainers(), kati).status()).isEqualTo(403);
        assertThat(officer().put(trainers(), "{\"trainers\": [], \"reason\": \"x\"}").status()).isEqualTo(400);
        assertThat(officer().put(trainers(), "{\"trainers\": [" + KATI + "]}").status()).isEqualTo(400);
        Response unknownUser = officer().put(trainers(), """
                {"trainers": [{"name": "Mari Mets", "email": "mets@example.ee", "user": "nobody"}], "reason": "x"}""");
        assertThat(unknownUser.status()).isEqualTo(400);
        assertThat(unknownUser.body()).contains("nobody");
        assertThat(officer().put("/api/contracts/NONE-" + number + "/trainers", kati).status()).isEqualTo(404);

        assertThat(officer().get("/api/contracts/" + number).json().get("trainers"))
                .extracting(trainer -> trainer.get("name").asText()).containsExactly("Tiit Tamm");
        assertThat(history()).noneMatch(entry -> entry.get("kind").asText().equals("CONTRACT_AMENDED"));
    }

    private List<String> candidates(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getUserId)
                .filter(Objects::nonNull).toList();
    }

    private List<String> taskIdsSeenBy(String user) {
        JsonNode seen = ApiClient.as(user, port).get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        return StreamSupport.stream(seen.spliterator(), false).map(task -> task.get("id").asText()).toList();
    }

    private String feedOf(String user) {
        return URI.create(ApiClient.as(user, port).post("/api/me/calendar-link").json().path("url").asText())
                .getPath();
    }

    private List<JsonNode> history() {
        return StreamSupport.stream(officer().get("/api/contracts/" + number + "/history").json().spliterator(),
                false).toList();
    }

    private String trainers() {
        return "/api/contracts/" + number + "/trainers";
    }

    private ApiClient officer() {
        return ApiClient.as(OFFICER, port);
    }
}
