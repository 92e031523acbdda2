package ee.hankevoog.handover;

import static ee.hankevoog.process.ContractProcess.Task.ACCEPT_HANDOVER_ACT;
import static ee.hankevoog.process.ContractProcess.Task.AGREE_TRAINING_DATES;
import static ee.hankevoog.process.ContractProcess.Task.PREPARE_HANDOVER_ACT;
import static ee.hankevoog.process.ContractProcess.Task.RECORD_TRAINING_DAY;
import static ee.hankevoog.process.ContractProcess.Task.SEND_MATERIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TaskValues;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.security.Roles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The trainer prepares the act, Hankevoog writes the PDF, the officer reads it in the task and decides. */
@HankevoogTest
class HandoverActDocumentTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;
    @LocalServerPort
    int port;

    String number;
    ProcessDriver driver;

    @BeforeEach
    void l1TrainedAndReadyForItsAct() {
        number = ApiClient.registerContract(identity, port, "HA");
        // W1 cancelled, so that each step's open task is L1's
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post("/api/contracts/" + number + "/groups/W1/cancellation",
                "{\"reason\": \"Ainult L1 / only L1\"}").status()).isEqualTo(200);
        driver = new ProcessDriver(engine, null, outbox, sampleMaterials).follow(number);
        driver.agreeDates(TaskValues.valid(AGREE_TRAINING_DATES));
        driver.openTasks(SEND_MATERIALS).forEach(task -> asTrainer(task, Map.of()));
        for (int day = 0; day < 2; day++) {
            driver.advanceUntilOpen(RECORD_TRAINING_DAY);
            driver.complete(RECORD_TRAINING_DAY, TaskValues.valid(RECORD_TRAINING_DAY));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void writesTheActAsAPdfThatTheOfficerReadsAndAccepts() throws Exception {
        asTrainer(driver.openTask(PREPARE_HANDOVER_ACT), Map.of(
                // a manual line break pasted from a word processor, which XML does not allow, becomes a space
                "handoverActRemarks", "Üks osaleja puudus teisel päeval\u000B/ <b>one</b> participant missed day 2"));

        Task acceptance = driver.openTask(ACCEPT_HANDOVER_ACT);
        String link = (String) engine.getTaskService().getVariable(acceptance.getId(), "handoverActLink");
        long actId = (Long) engine.getTaskService().getVariable(acceptance.getId(), "handoverActDocumentId");
        assertThat(link).endsWith("/documents/" + actId);
        HttpResponse<byte[]> pdf = officer().download("/api/documents/" + actId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path kept = Files.createDirectories(Path.of("target", "handover-acts")).resolve(number + "-L1.pdf");
        Files.write(kept, pdf.body());

        try (PDDocument act = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(act);
            // a group without a roster: the act says so rather than listing typed names
            assertThat(text).contains(number, "L1", "the roster was not imported from JUHAN",
                    "28.04.2026", "12.05.2026",
                    "<b>one</b> participant missed day 2", "slaidid-" + number + "-L1-1.pdf",
                    "toolehed-" + number + "-L1-1.pdf");
        }
        try (PDDocument act = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(act)).containsSubsequence("(from the days held)", "13");
        }
        assertThat(documents()).singleElement().satisfies(act -> {
            assertThat(act.get("kind").asText()).isEqualTo("HANDOVER_ACT");
            assertThat(act.get("status").asText()).isEqualTo("DRAFT");
            assertThat(act.get("storedBy").asText()).isEqualTo(ApiClient.TRAINER);
        });

        asOfficer(acceptance, Map.of("handoverAccepted", true));

        assertThat(documents()).singleElement().satisfies(act -> {
            assertThat(act.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(act.get("mustBeKept").asBoolean()).isTrue();
        });
        assertThat(ApiClient.as(ApiClient.TRAINER, port).download("/api/documents/" + actId).statusCode())
                .isEqualTo(200);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).download("/api/documents/" + actId).body())
                .isEqualTo(pdf.body());
    }

    /** L1 has 13 academic hours. */
    @Test
    void anActShortOfTheContractedHoursSaysWhyAndShowsTheShortfall() throws Exception {
        Task task = driver.openTask(PREPARE_HANDOVER_ACT);
        assertThatThrownBy(() -> asTrainer(task, Map.of("hoursDelivered", 11L)))
                .hasMessageContaining("the act reports 11 of the group's 13 academic hours: write in the remarks why 2"
                        + " hours were not delivered");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

        asTrainer(task, Map.of("hoursDelivered", 11L,
                "handoverActRemarks", "Teine päev lõppes kaks tundi varem / day 2 ended two hours early"));

        long actId = (Long) engine.getTaskService().getVariable(driver.openTask(ACCEPT_HANDOVER_ACT).getId(),
                "handoverActDocumentId");
        try (PDDocument act = Loader.loadPDF(officer().download("/api/documents/" + actId).body())) {
            assertThat(new PDFTextStripper().getText(act)).contains("Academic hours short of the contract",
                    "2 (vt märkusi / see the remarks)", "day 2 ended two hours early");
        }
    }

    @Test
    void keepsAReturnedActAsADraftAndWritesANewRound() throws Exception {
        asTrainer(driver.openTask(PREPARE_HANDOVER_ACT), TaskValues.valid(PREPARE_HANDOVER_ACT));
        asOfficer(driver.openTask(ACCEPT_HANDOVER_ACT), Map.of("handoverAccepted", false,
                "handoverRemarks", "Osalejate nimed puudu / participants' names missing"));
        asTrainer(driver.openTask(PREPARE_HANDOVER_ACT), Map.of("handoverActRemarks", "Parandatud / corrected"));
        asOfficer(driver.openTask(ACCEPT_HANDOVER_ACT), Map.of("handoverAccepted", true));

        assertThat(documents()).extracting(act -> act.get("status").asText() + " " + act.get("fileName").asText())
                .containsExactly("RETURNED uleandmise-akt-" + number + "-L1-1.pdf",
                        "ACCEPTED uleandmise-akt-" + number + "-L1-2.pdf");
        long second = documents().get(1).get("id").asLong();
        try (PDDocument act = Loader.loadPDF(officer().download("/api/documents/" + second).body())) {
            assertThat(new PDFTextStripper().getText(act)).contains("Parandatud / corrected");
        }
    }

    private List<JsonNode> documents() {
        return StreamSupport.stream(officer().get("/api/contracts/" + number + "/documents").json().spliterator(),
                false).filter(document -> document.get("kind").asText().equals("HANDOVER_ACT")).toList();
    }

    private void asTrainer(Task task, Map<String, Object> values) {
        driver.completeAs(ApiClient.TRAINER, Roles.TRAINERS, task, values);
    }

    private void asOfficer(Task task, Map<String, Object> values) {
        driver.completeAs(ApiClient.OFFICER, Roles.OFFICERS, task, values);
    }


    private ApiClient officer() {
        return ApiClient.as(ApiClient.OFFICER, port);
    }
}
