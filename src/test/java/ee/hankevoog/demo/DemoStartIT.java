package ee.hankevoog.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.WebappSession;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.process.ContractProcess;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starts Hankevoog as `mvn spring-boot:run` does (demo profile, job executor on), on its own database. An
 * integration test (failsafe), so in a JVM of its own: Camunda's REST API finds its engine by name in a JVM-wide
 * registry, and this second engine would take the name "default" from the shared test context's engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-start;DB_CLOSE_DELAY=-1", "spring.mail.port=3125"})
@ActiveProfiles("demo")
class DemoStartIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractRepository contracts;
    @Autowired
    JavaMailSender mail;
    @Autowired
    EngineClock clock;
    @LocalServerPort
    int port;

    @Test
    void signsTheReferenceContractTodayAndWaitsForTheTrainersToAgreeDates() throws Exception {
        BpmnAwareTests.init(engine);
        ProcessInstance lifecycle = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ReferenceContract.NUMBER)
                .processDefinitionKey(ContractProcess.LIFECYCLE).singleResult();

        assertThat(lifecycle).isWaitingAt(ContractProcess.Task.AGREE_TRAINING_DATES);
        assertThat(contracts.findByNumber(ReferenceContract.NUMBER).orElseThrow().groupCodes())
                .containsExactly("W1", "L1", "W2", "L2");
        assertThat(get("/api/contracts/" + ReferenceContract.NUMBER, "mari").statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + ReferenceContract.NUMBER, "tiit").body())
                .contains("Agree training dates");
        // invented people on every group's roster, one place short of its limit
        HttpResponse<String> roster = get("/api/contracts/" + ReferenceContract.NUMBER + "/groups/W1/participants",
                "tiit");
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.body()).contains("DEMO-W1-14", "@example.ee").doesNotContain("DEMO-W1-15");
    }

    @Test
    void proposesDaysThatKeepEveryScheduleRuleWhateverTheSigningDay() {
        WorkingDays workingDays = new WorkingDays();
        for (LocalDate day = LocalDate.parse("2026-01-01"); day.isBefore(LocalDate.parse("2028-01-01"));
                day = day.plusDays(1)) {
            ReferenceContract.signedOn(day, workingDays).checkProposedDays(workingDays, day);
        }
    }

    @Test
    void anAdministratorMovesTheDemoClockForward() {
        try {
            // the demo's day is Tallinn's, which is not the machine's between 22:00 and midnight UTC
            LocalDate today = clock.today();
            ApiClient.Response travelled = ApiClient.as("demo", "demo", port).post("/api/demo/clock?days=13");

            assertThat(travelled.status()).isEqualTo(200);
            assertThat(travelled.json().path("dueJobs").asLong()).as("the date-agreement reminder").isPositive();
            assertThat(travelled.json().path("now").asText()).startsWith(today.plusDays(13).toString());
            assertThat(ApiClient.as("demo", "demo", port).post("/api/demo/clock?days=0").status()).isEqualTo(400);
            assertThat(ApiClient.as("mari", "mari", port).post("/api/demo/clock?days=1").status()).isEqualTo(403);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void officersSeeWhatTheDemoSmtpServerReceived() throws Exception {
        MimeMessage letter = mail.createMimeMessage();
        MimeMessageHelper parts = new MimeMessageHelper(letter, true, "UTF-8");
        parts.setFrom("hankevoog@example.ee");
        parts.setTo("tiit@example.ee");
        parts.setSubject("Meeldetuletus / Reminder – demo mailbox");
        parts.setText("Tere!\nTuletame meelde: kokkulepe.");
        parts.addAttachment("slaidid.pdf", new ByteArrayResource(new byte[] {'%', 'P', 'D', 'F'}), "application/pdf");
        mail.send(letter);

        String page = WebappSession.logIn(port, "mari", "mari").get("/demo/mailbox");

        assertThat(page).contains("Meeldetuletus / Reminder – demo mailbox", "tiit@example.ee",
                "Tuletame meelde: kokkulepe.", "slaidid.pdf");
        assertThat(get("/api/contracts", "tiit").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        String login = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + login).build(), HttpResponse.BodyHandlers.ofString());
    }
}
