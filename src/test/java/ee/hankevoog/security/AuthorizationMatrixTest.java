package ee.hankevoog.security;

import static ee.hankevoog.ApiClient.ADMIN;
import static ee.hankevoog.ApiClient.AUDITOR;
import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.web.ContractJson;
import ee.hankevoog.process.ContractProcess.Task;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what, over real HTTP: each role (and anonymous) against each kind of action. "own trainer"
 * is a trainer named on the contract, "other trainer" one who is not.
 */
@HankevoogTest
class AuthorizationMatrixTest {

    private static final String OTHER_TRAINER = "apiothertrainer";
    private static final AtomicInteger CONTRACTS = new AtomicInteger();

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    NarrowedEarlierGrants narrowedEarlierGrants;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void startAContract() {
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        ApiClient.ensureUsers(identity);
        ApiClient.ensureUser(identity, OTHER_TRAINER, Roles.TRAINERS);
        number = "AM-" + CONTRACTS.incrementAndGet() + "-" + System.nanoTime();
        assertThat(ApiClient.as(OFFICER, port).post("/api/contracts",
                ContractJson.valid(number)).status()).isEqualTo(201);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0} starts a contract through the API: {1}")
    @CsvSource({"anonymous, 401", "officer, 201", "own trainer, 403", "auditor, 403", "admin, 201"})
    void startContractThroughTheApi(String role, int expected) {
        assertThat(client(role).post("/api/contracts",
                ContractJson.valid(number + "-new")).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} starts a contract from the Tasklist start form: {1}")
    @CsvSource({"anonymous, 401", "officer, 200", "own trainer, 403", "auditor, 403", "admin, 200"})
    void startContractFromTheStartForm(String role, int expected) {
        String form = """
                {"variables": {
                  "contractNumber": {"value": "%s-form"}, "title": {"value": "Kovisioon"},
                  "signedOn": {"value": "2026-03-16"}, "contactName": {"value": "Mari Maasikas"},
                  "contactEmail": {"value": "mari@example.ee"}, "trainers": {"value": "Tiit Tamm <tiit@example.ee>"},
                  "groups": {"value": "L1; LEADERS; Tallinn; 15; 13; 2026-04-28 2026-05-12"}}}
                """.formatted(number);
        ApiClient.Response response = client(role).post(
                "/engine-rest/process-definition/key/ContractLifecycle/submit-form", form);

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} completes a trainer task: {1}")
    @CsvSource({"anonymous, 401", "officer, 204", "own trainer, 204", "other trainer, 403", "auditor, 403",
            "admin, 204"})
    void completeTrainerTask(String role, int expected) {
        String task = taskId(Task.AGREE_TRAINING_DATES);

        ApiClient.Response response = client(role).post("/engine-rest/task/" + task + "/complete", "{}");

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        assertThat(taskExists(task)).isEqualTo(expected != 204);
    }

    @ParameterizedTest(name = "{0} completes an officer task: {1}")
    @CsvSource({"anonymous, 401", "officer, 204", "own trainer, 403", "other trainer, 403", "auditor, 403",
            "admin, 204"})
    void completeOfficerTask(String role, int expected) {
        engine.getTaskService().complete(taskId(Task.AGREE_TRAINING_DATES));
        engine.getTaskService().complete(taskId(Task.CONFIRM_TRAINING_DATES), Map.of("datesConfirmed", true));
        String task = taskId(Task.HOLD_PRE_MEETING);
        String values = """
                {"variables": {"meetingDate": {"value": "2026-03-16"}, "meetingMode": {"value": "ONLINE"},
                 "attendees": {"value": "Mari, Tiit"}, "minutes": {"value": "Kokkulepped / agreements"}}}""";

        assertThat(client(role).post("/engine-rest/task/" + task + "/complete", values).status())
                .isEqualTo(expected);
        assertThat(taskExists(task)).isEqualTo(expected != 204);
    }

    @ParameterizedTest(name = "{0} sees the contract's open tasks: {1}")
    @CsvSource({"officer, 1", "own trainer, 1", "other trainer, 0", "auditor, 1", "admin, 1"})
    void seeOpenTasks(String role, int expected) {
        assertThat(client(role).get("/engine-rest/task?processInstanceBusinessKey=" + number).json().size())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads the contract's history: {1}")
    @CsvSource({"officer, true", "own trainer, false", "other trainer, false", "auditor, true", "admin, true"})
    void readHistory(String role, boolean sees) {
        ApiClient.Response history = client(role).get(
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + number);

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().size() > 0).isEqualTo(sees);
    }

    @ParameterizedTest(name = "{0} changes a process instance: {1}")
    @CsvSource({"anonymous, 401", "officer, 403", "own trainer, 403", "other trainer, 403", "auditor, 403",
            "admin, 204"})
    void modifyInstance(String role, int expected) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();

        assertThat(client(role).put("/engine-rest/process-instance/" + instance + "/variables/note",
                "{\"value\": \"changed\", \"type\": \"String\"}").status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} administers users: {1}")
    @CsvSource({"anonymous, 401", "officer, 403", "own trainer, 403", "auditor, 403", "admin, 204"})
    void administerUsers(String role, int expected) {
        String user = "new" + Math.abs(System.nanoTime());
        String body = """
                {"profile": {"id": "%s", "firstName": "New", "lastName": "User", "email": "new@example.ee"},
                 "credentials": {"password": "A-strong-one-9"}}""".formatted(user);

        assertThat(client(role).post("/engine-rest/user/create", body).status()).isEqualTo(expected);
    }

    @Test
    void officersStartAContractOnlyWithItsWholeStartForm() {
        ApiClient officer = ApiClient.as(OFFICER, port);
        ApiClient.Response midway = officer.post("/engine-rest/process-definition/key/ContractLifecycle/start", """
                {"businessKey": "%s", "variables": {"contractNumber": {"value": "%s"}},
                 "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_ConfirmDeletion"}]}"""
                .formatted(number, number));
        ApiClient.Response bare = officer.post("/engine-rest/process-definition/key/ContractLifecycle/submit-form",
                "{\"businessKey\": \"%s\", \"variables\": {\"contractNumber\": {\"value\": \"%s\"}}}"
                        .formatted(number, number));

        assertThat(midway.status()).as(midway.body()).isEqualTo(403);
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("ContractLifecycle").count()).isOne();
    }

    @Test
    void linksATrainersAccountOnlyByTheUserIdAnOfficerNames() {
        ApiClient trainer = ApiClient.as(TRAINER, port);
        ApiClient.Response ownAddress = trainer.put("/engine-rest/user/" + TRAINER + "/profile",
                "{\"id\": \"%s\", \"email\": \"taken-over@example.ee\"}".formatted(TRAINER));
        assertThat(ownAddress.status()).as(ownAddress.body()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId(TRAINER).singleResult().getEmail())
                .isNotEqualTo("taken-over@example.ee");

        // even an address an administrator gave the account does not link it to a contract that names no user
        User account = identity.createUserQuery().userId(TRAINER).singleResult();
        account.setEmail("named-by-address@example.ee");
        identity.saveUser(account);
        String byAddress = number + "-address";
        assertThat(ApiClient.as(OFFICER, port).post("/api/contracts", ContractJson.valid(byAddress)
                .replace("\"user\": \"apitrainer\"", "\"user\": null")
                .replace("tiit@example.ee", "named-by-address@example.ee")).status()).isEqualTo(201);

        assertThat(trainer.get("/engine-rest/task?processInstanceBusinessKey=" + byAddress).json().size()).isZero();
    }

    @Test
    void officersWorkOnTasksByTheirRoleNotByAGrantPerTask() {
        engine.getTaskService().complete(taskId(Task.AGREE_TRAINING_DATES));
        String task = taskId(Task.CONFIRM_TRAINING_DATES);
        assertThat(officerGrantsOn(task)).isZero();
        assertThat(ApiClient.as(OFFICER, port).get("/engine-rest/task?candidateGroup=officers"
                + "&processInstanceBusinessKey=" + number).json().findValuesAsText("id")).containsExactly(task);

        // a database written by an earlier version has one per officer task: it goes at the next start
        Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        earlier.setGroupId(Roles.OFFICERS);
        earlier.setResource(Resources.TASK);
        earlier.setResourceId(task);
        earlier.addPermission(TaskPermissions.TASK_WORK);
        authorizations.saveAuthorization(earlier);
        assertThat(officerGrantsOn(task)).isOne();
        narrowedEarlierGrants.run(null);

        assertThat(officerGrantsOn(task)).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Roles.OFFICERS).resourceType(Resources.TASK)
                .resourceId("*").count()).isOne();
    }

    private long officerGrantsOn(String task) {
        return authorizations.createAuthorizationQuery().groupIdIn(Roles.OFFICERS).resourceType(Resources.TASK)
                .resourceId(task).count();
    }

    private ApiClient client(String role) {
        return switch (role) {
            case "anonymous" -> ApiClient.anonymous(port);
            case "officer" -> ApiClient.as(OFFICER, port);
            case "own trainer" -> ApiClient.as(TRAINER, port);
            case "other trainer" -> ApiClient.as(OTHER_TRAINER, port);
            case "auditor" -> ApiClient.as(AUDITOR, port);
            case "admin" -> ApiClient.as(ADMIN, port);
            default -> throw new IllegalArgumentException(role);
        };
    }

    private String taskId(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    private boolean taskExists(String id) {
        return engine.getTaskService().createTaskQuery().taskId(id).count() == 1;
    }
}
