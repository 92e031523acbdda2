package ee.hankevoog.taskform;

import static ee.hankevoog.ApiClient.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.audit.TaskCompletionRepository;
import ee.hankevoog.process.ContractProcess.Task;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people completing the same task: one succeeds, the other hears why not, and nothing is half-written. */
@HankevoogTest
class ConcurrentCompletionTest {

    private static final String PRE_MEETING = """
            {"variables": {"meetingDate": {"value": "2026-03-16"}, "meetingMode": {"value": "ONLINE"},
             "attendees": {"value": "Mari, Tiit"}, "minutes": {"value": "Kokkulepped / agreements"}}}""";

    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskCompletionRepository completions;
    @LocalServerPort
    int port;

    String number;
    String preMeeting;

    @BeforeEach
    void contractWithAnOpenPreMeeting() {
        number = ApiClient.registerContract(identity, port, "CC");
        tasks.complete(taskId(Task.AGREE_TRAINING_DATES));
        tasks.complete(taskId(Task.CONFIRM_TRAINING_DATES), Map.of("datesConfirmed", true));
        preMeeting = taskId(Task.HOLD_PRE_MEETING);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void tellsTheSecondPersonTheTaskIsAlreadyDone() {
        ApiClient officer = ApiClient.as(OFFICER, port);
        assertThat(officer.post("/engine-rest/task/" + preMeeting + "/complete", PRE_MEETING).status()).isEqualTo(204);

        ApiClient.Response second = ApiClient.as(ApiClient.ADMIN, port)
                .post("/engine-rest/task/" + preMeeting + "/complete", PRE_MEETING);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("message").asText()).contains("'Hold pre-meeting – ", "' was already completed",
                "nothing you entered was stored");
    }

    @Test
    void letsExactlyOneOfTwoSimultaneousCompletionsThrough() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ApiClient.Response>> attempts = List.of(OFFICER, ApiClient.ADMIN).stream()
                    .map(user -> CompletableFuture.supplyAsync(() -> {
                        awaitTogether(together);
                        return ApiClient.as(user, port).post("/engine-rest/task/" + preMeeting + "/complete",
                                PRE_MEETING);
                    }, people))
                    .toList();

            List<ApiClient.Response> responses = attempts.stream().map(CompletableFuture::join).toList();
            assertThat(responses.stream().map(ApiClient.Response::status).sorted()).as(responses.toString())
                    .containsExactly(204, 409);
        } finally {
            people.shutdown();
        }
        assertThat(completions.findByContractNumberOrderByCompletedAt(number))
                .filteredOn(completion -> completion.taskId().equals(preMeeting)).hasSize(1);
    }

    private static void awaitTogether(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String taskId(String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult()
                .getId();
    }
}
