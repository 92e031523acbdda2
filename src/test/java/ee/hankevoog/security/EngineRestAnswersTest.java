package ee.hankevoog.security;

import static ee.hankevoog.ApiClient.ADMIN;
import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.contract.web.ContractJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the engine REST API tells about people, and how it answers input it cannot take. */
@HankevoogTest
class EngineRestAnswersTest {

    private static final String FELLOW = "apifellowtrainer";
    private static final String SERIALIZED = """
            {"type": "Object", "value": "rO0ABXQAA2FiYw==", "valueInfo": {"objectTypeName": "java.lang.String",
             "serializationDataFormat": "application/x-java-serialized-object"}}""";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    String number;
    String task;

    @BeforeEach
    void contract() {
        ApiClient.ensureUser(engine.getIdentityService(), FELLOW, Roles.TRAINERS);
        number = ApiClient.registerContract(engine.getIdentityService(), port, "EA");
        task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTrainerSeesNoFellowTrainers() {
        ApiClient trainer = ApiClient.as(TRAINER, port);

        assertThat(trainer.get("/engine-rest/user?memberOfGroup=" + Roles.TRAINERS).json())
                .extracting(user -> user.get("id").asText()).containsExactly(TRAINER);
        assertThat(trainer.get("/engine-rest/identity/groups?userId=" + TRAINER).json().get("groupUsers"))
                .isEmpty();
        assertThat(trainer.get("/engine-rest/user/" + FELLOW + "/profile").status()).isEqualTo(404);
    }

    @Test
    void aTrainerClaimsOnlyForHimselfAndNobodyCommentsOnAnotherContract() {
        ApiClient trainer = ApiClient.as(TRAINER, port);
        String other = "EA-other-" + System.nanoTime();
        assertThat(ApiClient.as(OFFICER, port).post("/api/contracts", ContractJson.valid(other)).status())
                .isEqualTo(201);
        String foreignInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(other).singleResult().getId();

        ApiClient.Response forSomeoneElse = trainer.post("/engine-rest/task/" + task + "/claim",
                "{\"userId\": \"" + OFFICER + "\"}");
        ApiClient.Response planted = trainer.post("/engine-rest/task/" + task + "/comment/create",
                "{\"message\": \"hello\", \"processInstanceId\": \"" + foreignInstance + "\"}");
        ApiClient.Response forHimself = trainer.post("/engine-rest/task/" + task + "/claim",
                "{\"userId\": \"" + TRAINER + "\"}");
        ApiClient.Response comment = ApiClient.as(OFFICER, port).post("/engine-rest/task/" + task
                + "/comment/create", "{\"message\": \"Kuupäevad sobivad / dates suit\"}");

        assertThat(forSomeoneElse.status()).isEqualTo(403);
        assertThat(planted.status()).isEqualTo(403);
        assertThat(engine.getTaskService().getProcessInstanceComments(foreignInstance)).isEmpty();
        assertThat(forHimself.status()).as(forHimself.body()).isEqualTo(204);
        assertThat(comment.status()).as(comment.body()).isEqualTo(200);
        assertThat(engine.getTaskService().getTaskComments(task)).hasSize(1);
    }

    @Test
    void aTrainerCommentsOnHisOpenTaskAndReadsItsCommentsButNoOtherTasks() {
        ApiClient trainer = ApiClient.as(TRAINER, port);
        ApiClient officer = ApiClient.as(OFFICER, port);
        officer.post("/engine-rest/task/" + task + "/comment/create",
                "{\"message\": \"Palun pakkuge kuupäevad / please propose dates\"}");
        String fellows = fellowsTask();
        String fellowsComment = officer.post("/engine-rest/task/" + fellows + "/comment/create",
                "{\"message\": \"officers only\"}").json().get("id").asText();

        ApiClient.Response comment = trainer.post("/engine-rest/task/" + task + "/comment/create",
                "{\"message\": \"Pakun 20. aprilli / I propose 20 April\"}");
        ApiClient.Response comments = trainer.get("/engine-rest/task/" + task + "/comment");
        ApiClient.Response own = trainer.get("/engine-rest/task/" + task + "/comment/"
                + comment.json().get("id").asText());
        ApiClient.Response empty = trainer.post("/engine-rest/task/" + task + "/comment/create", "{}");
        ApiClient.Response onFellows = trainer.post("/engine-rest/task/" + fellows + "/comment/create",
                "{\"message\": \"hello\"}");
        ApiClient.Response fellowsComments = trainer.get("/engine-rest/task/" + fellows + "/comment");
        ApiClient.Response byId = trainer.get("/engine-rest/task/" + fellows + "/comment/" + fellowsComment);

        assertThat(comment.status()).as(comment.body()).isEqualTo(200);
        assertThat(comment.json().get("userId").asText()).isEqualTo(TRAINER);
        assertThat(comments.json()).extracting(c -> c.get("message").asText()).containsExactlyInAnyOrder(
                "Palun pakkuge kuupäevad / please propose dates", "Pakun 20. aprilli / I propose 20 April");
        assertThat(own.json().get("message").asText()).isEqualTo("Pakun 20. aprilli / I propose 20 April");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asText()).contains("needs a message");
        assertThat(onFellows.status()).isEqualTo(403);
        assertThat(fellowsComments.status()).isEqualTo(404);
        assertThat(byId.status()).as("a comment's id alone opens nothing").isEqualTo(404);
        assertThat(byId.body()).doesNotContain("officers only");
        assertThat(engine.getTaskService().getTaskComments(fellows)).hasSize(1);
        assertThat(engine.getTaskService().getTaskComments(task)).hasSize(2);
    }

    @Test
    void aTrainerReleasesATaskHeClaimedButNotOneAnOfficerHolds() {
        ApiClient trainer = ApiClient.as(TRAINER, port);
        assertThat(trainer.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + TRAINER + "\"}")
                .status()).isEqualTo(204);

        ApiClient.Response released = trainer.post("/engine-rest/task/" + task + "/unclaim");
        ApiClient.Response claimedAgain = trainer.post("/engine-rest/task/" + task + "/claim",
                "{\"userId\": \"" + TRAINER + "\"}");
        ApiClient.as(OFFICER, port).post("/engine-rest/task/" + task + "/assignee", "{\"userId\": \"" + OFFICER + "\"}");
        ApiClient.Response officers = trainer.post("/engine-rest/task/" + task + "/unclaim");

        assertThat(released.status()).as(released.body()).isEqualTo(204);
        assertThat(claimedAgain.status()).isEqualTo(204);
        assertThat(officers.status()).isEqualTo(403);
        assertThat(officers.json().get("message").asText()).contains("releases only a task they claimed themselves");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(OFFICER);
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(task).userId(TRAINER)
                .property("assignee").list()).as("the release is the trainer's in the operation log")
                .extracting(entry -> entry.getNewValue()).contains((String) null);
    }

    @Test
    void racingCommentsOfATrainerEachLandOrAnswerAConflict() throws Exception {
        ApiClient trainer = ApiClient.as(TRAINER, port);
        List<Callable<Integer>> comments = IntStream.range(0, 12).<Callable<Integer>>mapToObj(n -> () -> trainer
                .post("/engine-rest/task/" + task + "/comment/create", "{\"message\": \"m" + n + "\"}").status())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(comments)) {
                statuses.add(status.get());
            }
            assertThat(statuses).isSubsetOf(200, 409);
            assertThat(engine.getTaskService().getTaskComments(task))
                    .hasSize((int) statuses.stream().filter(status -> status == 200).count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tellsNothingOfAnotherTasksCommentsToAHeadRequestOrAnOddId() {
        String fellows = fellowsTask();
        String comment = ApiClient.as(OFFICER, port).post("/engine-rest/task/" + fellows + "/comment/create",
                "{\"message\": \"officers only\"}").json().get("id").asText();

        ApiClient.Response head = ApiClient.as(TRAINER, port).send("HEAD", "/engine-rest/task/" + fellows
                + "/comment/" + comment, "");
        ApiClient.Response odd = ApiClient.as(TRAINER, port).get("/engine-rest/task/a%09b/comment");

        assertThat(head.status()).isEqualTo(404);
        assertThat(odd.status()).isEqualTo(404);
        assertThat(odd.json().get("message").asText()).isEqualTo("No task found for task id a\tb");
    }

    @Test
    void aTrainerWhoseTaskAnOfficerTookBackNoLongerWorksOnIt() {
        String fellows = fellowsTask();
        ApiClient officer = ApiClient.as(OFFICER, port);
        assertThat(officer.post("/engine-rest/task/" + fellows + "/assignee", "{\"userId\": \"" + TRAINER + "\"}")
                .status()).isEqualTo(204);
        assertThat(officer.post("/engine-rest/task/" + fellows + "/assignee", "{\"userId\": \"" + OFFICER + "\"}")
                .status()).isEqualTo(204);

        ApiClient.Response comment = ApiClient.as(TRAINER, port).post("/engine-rest/task/" + fellows
                + "/comment/create", "{\"message\": \"hello\"}");
        ApiClient.Response completion = ApiClient.as(TRAINER, port).post("/engine-rest/task/" + fellows
                + "/complete", "{\"variables\": {\"proposedDays\": {\"value\": \"\"}}}");

        assertThat(comment.status()).isEqualTo(403);
        assertThat(completion.status()).as(completion.body()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(fellows).count()).isOne();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(fellows).userIdIn(TRAINER).count()).isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task).userIdIn(TRAINER).count()).as("his own task's grant stays").isOne();
    }

    /** A task of a contract that another trainer trains. */
    private String fellowsTask() {
        String other = "EA-fellow-" + System.nanoTime();
        String json = ContractJson.valid(other).replace("\"" + TRAINER + "\"", "\"" + FELLOW + "\"");
        assertThat(ApiClient.as(OFFICER, port).post("/api/contracts", json).status()).isEqualTo(201);
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(other).singleResult().getId();
    }

    @Test
    void refusesACompletionNamingAnotherContractOrGroupBeforeAnyStepActsOnIt() {
        ApiClient.Response another = ApiClient.as(TRAINER, port).post("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"contractNumber\": {\"value\": \"SOMEONE-ELSES\"}, \"proposedDays\": {\"value\": \"\"}}}");

        ApiClient.Response passing = ApiClient.as(TRAINER, port).post("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"groupCode\": {\"value\": \"W1\", \"valueInfo\": {\"transient\": true}},"
                        + " \"proposedDays\": {\"value\": \"\"}}}");

        assertThat(another.status()).as(another.body()).isEqualTo(400);
        assertThat(another.json().get("message").asText()).contains("'contractNumber' is set by Hankevoog");
        assertThat(passing.status()).as("a transient value lives only in the command, still the client's")
                .isEqualTo(400);
        assertThat(passing.json().get("message").asText()).contains("'groupCode' is set by Hankevoog");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isOne();
        assertThat(engine.getTaskService().getVariable(task, "contractNumber")).isEqualTo(number);
    }

    @Test
    void answersInputTheEngineCannotTakeAsABadRequest() {
        ApiClient admin = ApiClient.as(ADMIN, port);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();

        ApiClient.Response serializedCompletion = ApiClient.as(TRAINER, port).post("/engine-rest/task/" + task
                + "/complete", "{\"variables\": {\"x\": " + SERIALIZED + "}}");
        ApiClient.Response serializedVariable = admin.put("/engine-rest/process-instance/" + instance
                + "/variables/x", SERIALIZED);
        ApiClient.Response condition = admin.post("/engine-rest/condition", "{}");
        ApiClient.Response migration = admin.post("/engine-rest/migration/execute", "{}");

        assertThat(serializedCompletion.status()).as(serializedCompletion.body()).isEqualTo(400);
        assertThat(serializedCompletion.json().get("message").asText()).contains("Java serialization");
        assertThat(serializedVariable.status()).as(serializedVariable.body()).isEqualTo(400);
        assertThat(condition.status()).as(condition.body()).isEqualTo(400);
        assertThat(migration.status()).as(migration.body()).isEqualTo(400);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isOne();
    }
}
