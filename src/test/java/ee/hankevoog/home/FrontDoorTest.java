package ee.hankevoog.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.WebappSession;
import ee.hankevoog.process.ContractProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: tasks named by their contract and group, and the API's refusals as problem details. */
@HankevoogTest
class FrontDoorTest {

    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void contract() {
        number = ApiClient.registerContract(identity, port, "FD");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void namesEveryTaskByItsContractAndGroupForEveryReader() {
        JsonNode open = ApiClient.as(ApiClient.TRAINER, port)
                .get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(open).extracting(task -> task.path("name").asText()).contains("Agree training dates – " + number);

        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ContractProcess.Task.AGREE_TRAINING_DATES).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ContractProcess.Task.CONFIRM_TRAINING_DATES).singleResult().getId(),
                Map.of("datesConfirmed", true));
        JsonNode groupTasks = ApiClient.as(ApiClient.OFFICER, port).get("/engine-rest/task?taskDefinitionKey="
                + ContractProcess.Task.SEND_MATERIALS + "&processVariables=contractNumber_eq_" + number).json();
        assertThat(groupTasks).extracting(task -> task.path("name").asText())
                .contains("Send training materials to the contact person – " + number + " W1");
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).get("/engine-rest/history/task?processInstanceBusinessKey="
                + number + "&finished=true").json()).extracting(task -> task.path("name").asText())
                .containsExactlyInAnyOrder("Agree training dates – " + number,
                        "Confirm training dates – " + number);
    }

    @Test
    void tasklistOffersEveryWorkingRoleItsOwnFilters() {
        ApiClient trainer = ApiClient.as(ApiClient.TRAINER, port);
        JsonNode filters = trainer.get("/engine-rest/filter?resourceType=Task").json();
        assertThat(filters).extracting(filter -> filter.path("name").asText())
                .contains("Minu ülesanded / My tasks", "Hilinenud / Overdue", "Tähtaeg 7 päeva jooksul / Due this week");

        String mine = filters.findParents("name").stream()
                .filter(filter -> filter.path("name").asText().endsWith("My tasks")).findFirst().orElseThrow()
                .path("id").asText();
        JsonNode myTasks = trainer.post("/engine-rest/filter/" + mine + "/list", "{}").json();
        assertThat(myTasks).extracting(task -> task.path("name").asText())
                .contains("Agree training dates – " + number)
                .allSatisfy(name -> assertThat(name).doesNotContain("Hold pre-meeting"));
    }

    @Test
    void aChangeRidingOnABrowsersLogInNeedsThePagesCsrfToken() throws Exception {
        String meeting = "/api/contracts/" + number + "/interim-meetings";
        // logged in at /login: the session reads the API, but a change without the page's token is refused
        WebappSession officer = WebappSession.logIn(port, ApiClient.OFFICER, ApiClient.PASSWORD);
        assertThat(officer.get("/api/contracts/" + number)).contains(number);
        assertThat(officer.send("POST", meeting, "{}")).isEqualTo(403);

        // Basic credentials a browser cached, sent along by a form on another site
        HttpResponse<String> crossSite = http(HttpRequest.newBuilder(URI.create(base() + meeting))
                .header("Authorization", basic(ApiClient.OFFICER)).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ContractProcess.Task.RECORD_INTERIM_MEETING).count()).isZero();

        // a script with its own credentials needs no token
        assertThat(http(HttpRequest.newBuilder(URI.create(base() + meeting)).header("Authorization",
                basic(ApiClient.OFFICER)).POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(202);
    }

    @Test
    void sendsABrowserThatOpensTheApiWithoutALogInToTheLogInFormNotToAPasswordPrompt() throws Exception {
        HttpResponse<String> page = http(HttpRequest.newBuilder(URI.create(base() + "/api/contracts/" + number))
                .header("Accept", "text/html,application/xhtml+xml").header("Sec-Fetch-Mode", "navigate").GET());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ApiClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesInProblemDetailsWithWhatToDo() {
        ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/contracts");
        ApiClient.Response trainer = ApiClient.as(ApiClient.TRAINER, port).get("/api/contracts");
        ApiClient.Response unknown = ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/NO-SUCH-CONTRACT");
        ApiClient.Response wrongPassword = ApiClient.as(ApiClient.OFFICER, "Not-the-password-1", port)
                .get("/api/contracts");

        assertThat(Map.of(401, anonymous, 403, trainer, 404, unknown)).allSatisfy((status, response) -> {
            assertThat(response.status()).isEqualTo(status);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(status);
            assertThat(response.json().path("detail").asText()).isNotBlank();
        });
        assertThat(anonymous.json().path("detail").asText()).contains("/login");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    }
}
