package ee.hankevoog.participant;

import static ee.hankevoog.process.ContractProcess.Task.ACCEPT_HANDOVER_ACT;
import static ee.hankevoog.process.ContractProcess.Task.AGREE_TRAINING_DATES;
import static ee.hankevoog.process.ContractProcess.Task.PREPARE_HANDOVER_ACT;
import static ee.hankevoog.process.ContractProcess.Task.RECORD_TRAINING_DAY;
import static ee.hankevoog.process.ContractProcess.Task.SEND_MATERIALS;
import static ee.hankevoog.process.ContractProcess.Task.UPDATE_JUHAN_STATUSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TaskValues;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.retention.EvidenceRetention;
import ee.hankevoog.security.Roles;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "done when": the reference contract's W1 (20 and 21 April, 25 May 2026) runs with a roster of 15
 * imported from a JUHAN-like export with personal codes, one absence and one failed assessment; the day's tasks take
 * their head count from the record, the act lists the outcome, the officer's JUHAN task carries the export, and the
 * retention job deletes the people with the rest of the evidence.
 */
@HankevoogTest
@ExtendWith(OutputCaptureExtension.class)
class ParticipantRecordsProcessTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Valid Estonian personal codes of invented people: JUHAN's export carries them, Hankevoog drops them. */
    private static final List<String> CODES = List.of("38001085718", "49403136526", "60001019906");
    private static final Path KEPT = Path.of("target", "participants");

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;
    @Autowired
    EvidenceRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    String number;
    ProcessDriver driver;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsW1WithItsRosterFromJuhanToTheActAndTheExport(CapturedOutput output) throws Exception {
        number = ApiClient.registerContract(identity, port, "PR");
        for (String other : List.of("L1")) {
            assertThat(officer().post(api("/groups/" + other + "/cancellation"),
                    "{\"reason\": \"Ainult W1 / only W1\"}").status()).isEqualTo(200);
        }
        ApiClient.Response imported = officer().postFiles(api("/groups/W1/participants"), "file",
                Map.of("juhan-W1.csv", juhanExport()));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("added").asInt()).isEqualTo(15);
        assertThat(imported.json().get("skipped").asInt()).isEqualTo(1);

        driver = new ProcessDriver(engine, null, outbox, sampleMaterials).follow(number);
        driver.agreeDates(TaskValues.valid(AGREE_TRAINING_DATES));
        driver.openTasks(SEND_MATERIALS).forEach(task -> asTrainer(task, Map.of()));

        List<String> everyone = ids(1, 15);
        List<LocalDate> days = List.of(LocalDate.parse("2026-04-20"), LocalDate.parse("2026-04-21"),
                LocalDate.parse("2026-05-25"));
        for (LocalDate day : days) {
            driver.advanceUntilOpen(RECORD_TRAINING_DAY);
            driver.openTasks(SEND_MATERIALS).forEach(materials -> asTrainer(materials, Map.of()));
            Task task = driver.openTask(RECORD_TRAINING_DAY);
            String page = (String) engine.getTaskService().getVariable(task.getId(), "attendancePage");
            assertThat(page).isEqualTo("/my/contracts/" + number + "/groups/W1/days/" + day + "/attendance");
            assertThatThrownBy(() -> asTrainer(task, TaskValues.valid(RECORD_TRAINING_DAY)))
                    .as("no record of the day yet").hasMessageContaining(day + " has none yet").hasMessageContaining(page);

            List<String> present = new ArrayList<>(everyone);
            if (day.equals(days.get(1))) {
                present.remove("W1-07");
            }
            String signed = day.equals(days.get(0)) ? ", \"confidentialityAgreementSigned\": " + json(everyone) : "";
            assertThat((String) engine.getTaskService().getVariable(task.getId(), "attendanceRecord"))
                    .contains("not recorded yet");
            // the last day an officer records, who is no candidate of the trainer's task
            ApiClient recorder = day.equals(days.get(2)) ? officer() : trainer();
            ApiClient.Response recorded = recorder.put(api("/groups/W1/days/" + day + "/attendance"),
                    "{\"present\": " + json(present) + signed + "}");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
            assertThat((String) engine.getTaskService().getVariable(task.getId(), "attendanceRecord"))
                    .endsWith(present.size() + " of 15 present, 15 signed the confidentiality agreement");
            // the form's typed number (14) gives way to the record's
            asTrainer(task, TaskValues.valid(RECORD_TRAINING_DAY));
        }
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("participantsPresent")
                .list()).filteredOn(variable -> number.equals(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery().processInstanceId(variable.getProcessInstanceId())
                        .singleResult().getBusinessKey()))
                .extracting(variable -> variable.getValue()).containsExactlyInAnyOrder(15L, 14L, 15L);

        driver.advanceUntilOpen(PREPARE_HANDOVER_ACT);
        Task act = driver.openTask(PREPARE_HANDOVER_ACT);
        assertThatThrownBy(() -> asTrainer(act, TaskValues.valid(PREPARE_HANDOVER_ACT)))
                .hasMessageContaining("15 of group W1's participants have no assessment yet");
        List<String> passed = new ArrayList<>(everyone);
        passed.remove("W1-12");
        assertThat(trainer().put(api("/groups/W1/assessment"), "{\"passed\": " + json(passed)
                + ", \"notPassed\": [\"W1-12\"]}").status()).isEqualTo(200);
        asTrainer(act, Map.of());

        Task acceptance = driver.openTask(ACCEPT_HANDOVER_ACT);
        long actId = (Long) engine.getTaskService().getVariable(acceptance.getId(), "handoverActDocumentId");
        byte[] actPdf = officer().download("/api/documents/" + actId).body();
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(number + "-W1-act.pdf"), actPdf);
        String actText;
        try (PDDocument pdf = Loader.loadPDF(actPdf)) {
            actText = new PDFTextStripper().getText(pdf);
        }
        Files.writeString(KEPT.resolve(number + "-W1-act.txt"), actText);
        assertThat(actText).containsSubsequence("Participants who completed", "1. Anu Ilves", "13. ",
                "Participants who did not complete", "1. Kadri Kask: absent on 21.04.2026",
                "2. Liis Lepp: assessment not passed", "Materials delivered");
        assertThat(actText).containsSubsequence("(from the days held)", "20");

        driver.completeAs(ApiClient.OFFICER, Roles.OFFICERS, acceptance, Map.of("handoverAccepted", true));
        Task juhan = driver.openTask(UPDATE_JUHAN_STATUSES);
        String link = (String) engine.getTaskService().getVariable(juhan.getId(), "juhanExportLink");
        String attached = new String(officer().download("/api/documents/" + link.substring(link.lastIndexOf('/') + 1))
                .body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> live = officer().download(api("/groups/W1/completion.csv"));
        assertThat(attached).isEqualTo(new String(live.body(), StandardCharsets.UTF_8));
        Files.writeString(KEPT.resolve(number + "-W1-juhan.csv"), attached);
        List<String> rows = List.of(attached.substring(1).split("\r\n"));
        // the cancelled registration was never added: JUHAN keeps it as it is
        assertThat(rows).hasSize(16).first().isEqualTo("Registreeringu ID;Eesnimi;Perekonnanimi;Staatus;Põhjus");
        assertThat(rows).contains("W1-07;Kadri;Kask;Mitte-lõpetatud;absent on 21.04.2026",
                "W1-12;Liis;Lepp;Mitte-lõpetatud;assessment not passed", "W1-01;Anu;Ilves;Lõpetatud;")
                .filteredOn(row -> row.contains(";Lõpetatud;")).hasSize(13);
        driver.completeAs(ApiClient.OFFICER, Roles.OFFICERS, juhan, TaskValues.valid(UPDATE_JUHAN_STATUSES));

        assertThat(StreamSupport.stream(officer().get(api("/history")).json().spliterator(), false)
                .map(entry -> entry.get("kind").asText()).toList())
                .containsSubsequence("ROSTER_IMPORTED", "ATTENDANCE_RECORDED", "ATTENDANCE_RECORDED",
                        "ATTENDANCE_RECORDED", "ASSESSMENT_RECORDED");

        // no personal code in any answer, stored row, file or log line
        String participantsJson = officer().get(api("/groups/W1/participants")).body();
        String stored = jdbc.queryForList("select * from participant").toString()
                + jdbc.queryForList("select * from task_completion where contract_number = ?", number);
        for (String code : CODES) {
            assertThat(List.of(participantsJson, stored, actText, attached, output.getAll())).as(code)
                    .noneSatisfy(text -> assertThat(text).contains(code));
        }

        // the people go with the evidence when the contract's retention period ends
        Map<String, Long> deleted = retentionOf(number);
        assertThat(deleted).containsEntry("W1", 15L);
        assertThat(jdbc.queryForObject("select count(*) from participant where contract_number = ?", Long.class,
                number)).isZero();
    }

    /**
     * Deletes the contract's people as the retention job does, in its transaction, and reads back its record. The
     * contract is closed by hand: its e-mails go first and its processes end, so that no later test meets them.
     */
    private Map<String, Long> retentionOf(String contract) {
        driver.deliverMail();
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(contract)
                .processDefinitionKey(ContractProcess.LIFECYCLE).list().forEach(instance -> engine
                        .getRuntimeService().deleteProcessInstance(instance.getId(), "closed by the test", true));
        ProcessDriver.setClock(LocalDate.parse("2040-01-02"));
        // a write past the aggregate raises its version as a save would, or nodes keep reading the copy they have
        jdbc.update("update contract set state = 'CLOSED', closed_on = date '2027-01-01', version = version + 1"
                + " where number = ?", contract);
        retention.deleteExpiredEvidence();
        return StreamSupport.stream(officer().get(api("/history")).json().spliterator(), false)
                .filter(entry -> entry.get("kind").asText().equals("PERSONAL_DATA_DELETED"))
                .collect(Collectors.toMap(entry -> entry.get("group").asText(),
                        entry -> Long.parseLong(entry.get("summary").asText().replaceAll(".*'s (\\d+) participants.*",
                                "$1"))));
    }

    /** JUHAN's export of W1: 15 registered, one cancelled (not added), personal codes in their own column. */
    private static byte[] juhanExport() {
        List<String> first = List.of("Anu", "Kadri", "Liis", "Maarja", "Piret", "Tiina", "Kadri", "Helen", "Jaan",
                "Margus", "Priit", "Liis", "Toomas", "Urmas", "Kristel", "Piret");
        List<String> last = List.of("Ilves", "Mänd", "Saar", "Tamm", "Pärn", "Kuusk", "Kask", "Rebane", "Kivi",
                "Lõhmus", "Oja", "Lepp", "Sepp", "Vaher", "Karu", "Pärn");
        String rows = IntStream.rangeClosed(1, 16).mapToObj(i -> String.join(";", id(i), CODES.get(i % 3),
                first.get(i - 1), last.get(i - 1), "p" + i + "@example.ee", "Tallinna Lastekaitse Osakond",
                i == 16 ? "Tühistatud" : "Registreeritud")).collect(Collectors.joining("\r\n"));
        return ("\uFEFFRegistreeringu ID;Isikukood;Eesnimi;Perekonnanimi;E-post;Töökoht;Staatus\r\n" + rows)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(ParticipantRecordsProcessTest::id).toList();
    }

    private static String id(int i) {
        return String.format("W1-%02d", i);
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private String api(String path) {
        return "/api/contracts/" + number + path;
    }

    private void asTrainer(Task task, Map<String, Object> values) {
        driver.completeAs(ApiClient.TRAINER, Roles.TRAINERS, task, values);
    }

    private ApiClient officer() {
        return ApiClient.as(ApiClient.OFFICER, port);
    }

    private ApiClient trainer() {
        return ApiClient.as(ApiClient.TRAINER, port);
    }
}
