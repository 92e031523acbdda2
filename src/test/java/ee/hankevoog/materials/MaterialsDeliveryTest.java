package ee.hankevoog.materials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.ReceivedMail;
import ee.hankevoog.SampleFiles;
import ee.hankevoog.TaskValues;
import ee.hankevoog.TestContracts;
import ee.hankevoog.document.Documents;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.security.Roles;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** A trainer delivers a training's materials through Hankevoog, over real HTTP, to a real SMTP server. */
@HankevoogTest
class MaterialsDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    static final String OTHER_TRAINER = "apimaterialsstranger";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    Documents documents;
    @Autowired
    TransactionTemplate transaction;
    @LocalServerPort
    int port;

    String number;
    ProcessDriver driver;

    @BeforeEach
    void contractWithW1Enrolled() {
        ApiClient.ensureUser(identity, OTHER_TRAINER, Roles.TRAINERS);
        number = ApiClient.registerContract(identity, port, "MD");
        driver = new ProcessDriver(engine, null, outbox, null).follow(number);
        driver.agreeDates(TaskValues.valid(Task.AGREE_TRAINING_DATES));
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-01T10:00"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void emailsTheUploadedFilesToTheContactPersonRecordsTheDeliveryAndCompletesTheTask() throws Exception {
        String task = materialsTask();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Kovisiooni slaidid.pdf", SampleFiles.pdf());
        files.put("tööleht.docx", SampleFiles.docx());

        ApiClient.Response delivered = trainer().postFiles("/api/tasks/" + task + "/materials", files);

        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        JsonNode delivery = delivered.json();
        assertThat(delivery.get("recipient").asText()).isEqualTo(TestContracts.OFFICER_EMAIL);
        assertThat(delivery.get("deliveredBy").asText()).isEqualTo(ApiClient.TRAINER);
        assertThat(delivery.get("onTime").asBoolean()).isTrue();
        assertThat(delivery.get("files")).extracting(file -> file.get("fileName").asText() + " "
                + file.get("mediaType").asText() + " " + file.get("sizeBytes").asLong() + " " + file.get("sha256").asText())
                .containsExactly("Kovisiooni slaidid.pdf application/pdf " + files.get("Kovisiooni slaidid.pdf").length
                                + " " + sha256(files.get("Kovisiooni slaidid.pdf")),
                        "tööleht.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document "
                                + files.get("tööleht.docx").length + " " + sha256(files.get("tööleht.docx")));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceIdIn(
                        engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).singleResult()
                                .getProcessInstanceId()).list())
                .noneMatch(variable -> variable.getValue() instanceof byte[]);

        driver.deliverMail();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Koolitusmaterjalid"))
                .findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(TestContracts.OFFICER_EMAIL);
        assertThat(attachments(mail)).containsOnlyKeys(files.keySet())
                .allSatisfy((name, content) -> assertThat(content).isEqualTo(files.get(name)));

        JsonNode recorded = officer().get("/api/contracts/" + number + "/materials").json();
        assertThat(recorded).singleElement().satisfies(d -> {
            assertThat(d.get("taskId").asText()).isEqualTo(task);
            assertThat(d.get("group").asText()).isEqualTo("W1");
            assertThat(d.get("block").asInt()).isEqualTo(1);
        });
        JsonNode deadline = officer().get("/api/contracts/" + number + "/deadlines").json();
        assertThat(deadline.toString()).contains("DONE");
    }

    @Test
    void marksMaterialsDeliveredAfterTheDeadlineAsLate() {
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-14T10:00"));

        JsonNode delivery = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("slaidid.pdf", SampleFiles.pdf())).json();

        assertThat(delivery.get("onTime").asBoolean()).isFalse();
        assertThat(delivery.get("dueOn").asText()).isEqualTo("2026-04-13");
        assertThat(officer().get("/api/contracts/" + number + "/deadlines").body()).contains("DONE_LATE");
    }

    @Test
    void judgesOnTimeByTheContractsScheduleNotByTheTasksDueDate() {
        String task = materialsTask();
        // only an administrator can move a due date now; even then the schedule decides
        engine.getTaskService().setDueDate(task, java.sql.Timestamp.valueOf("2099-01-01 00:00:00"));
        ProcessDriver.setClock(LocalDateTime.parse("2026-05-04T10:00"));

        JsonNode delivery = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("slaidid.pdf", SampleFiles.pdf())).json();

        assertThat(delivery.get("onTime").asBoolean()).isFalse();
        assertThat(delivery.get("dueOn").asText()).isEqualTo("2026-04-13");
        driver.deliverMail();
    }

    @Test
    void refusesATrainerWhoPointsHisTaskAtAnotherContract() {
        String task = materialsTask();
        ApiClient.Response rewrite = trainer().put("/engine-rest/task/" + task + "/variables/contractNumber",
                "{\"value\": \"SOMEONE-ELSES\", \"type\": \"String\"}");
        ApiClient.Response unset = trainer().delete("/engine-rest/task/" + task + "/localVariables/contractNumber");
        assertThat(rewrite.status()).isEqualTo(403);
        assertThat(unset.status()).isEqualTo(403);

        // were the process's variables changed anyway (by an administrator, say), the task is refused as tampered
        engine.getTaskService().setVariable(task, "groupCode", "X9");
        ApiClient.Response otherGroup = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("slaidid.pdf", SampleFiles.pdf()));
        engine.getTaskService().setVariable(task, "groupCode", "W1");
        engine.getTaskService().setVariable(task, "contractNumber", "SOMEONE-ELSES");
        ApiClient.Response refused = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("slaidid.pdf", SampleFiles.pdf()));

        assertThat(otherGroup.status()).as(otherGroup.body()).isEqualTo(409);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("title").asText()).isEqualTo("Task data changed outside Hankevoog");
        assertThat(documents.ofContract(number)).isEmpty();
        assertNothingDelivered();
    }

    @Test
    void refusesAFileOverTheLimitSayingItsSizeAndTheLimit() {
        byte[] large = Arrays.copyOf(SampleFiles.pdf(), 10 * 1024 * 1024 + 1);

        ApiClient.Response refused = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("video.pdf", large));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("detail").asText()).contains("'video.pdf' is 10.0 MB", "limit per file is 10.0 MB");
        assertNothingDelivered();
    }

    @Test
    void takesAFileOfExactlyTheLimitAndMailsItWhole() throws Exception {
        byte[] limit = Arrays.copyOf(SampleFiles.pdf(), 10 * 1024 * 1024);

        ApiClient.Response delivered = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("kogumik.pdf", limit));

        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        driver.deliverMail();
        assertThat(attachments(smtp.getReceivedMessages()[0])).containsOnlyKeys("kogumik.pdf")
                .allSatisfy((name, content) -> assertThat(content).isEqualTo(limit));
    }

    @Test
    void answersGoneForADeletedFileAndKeepsItsRecord() {
        long id = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials", Map.of("slaidid.pdf",
                SampleFiles.pdf())).json().at("/files/0/documentId").asLong();

        // delivered materials are evidence: they go only when the retention period ends
        transaction.executeWithoutResult(status -> documents.deleteAtRetentionEnd(documents.find(id).orElseThrow()));

        ApiClient.Response gone = officer().get("/api/documents/" + id);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("detail").asText()).contains("slaidid.pdf", "was deleted by retention");
        assertThat(officer().get("/api/contracts/" + number + "/materials").json().at("/0/files/0/deleted")
                .asBoolean()).isTrue();
        assertThat(officer().get("/api/contracts/" + number + "/documents").json().at("/0/sha256").asText())
                .hasSize(64);
    }

    @Test
    void refusesADeliveryOverTheLimit() {
        byte[] eightMegabytes = Arrays.copyOf(SampleFiles.pdf(), 8 * 1024 * 1024);

        ApiClient.Response refused = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("a.pdf", eightMegabytes, "b.pdf", eightMegabytes));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("detail").asText()).contains("16.0 MB together", "limit per delivery is 15.0 MB");
        assertNothingDelivered();
    }

    @Test
    void refusesArchivesDressedAsDocuments() {
        String task = materialsTask();
        byte[] disguised = SampleFiles.zip(new LinkedHashMap<>(Map.of("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(),
                "word/document.xml", "<w:document/>".getBytes(), "invoice.pdf.exe", new byte[] {'M', 'Z'},
                "index.html", "<html></html>".getBytes())));
        byte[] bare = SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes()));
        byte[] ole2Header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] bomb = SampleFiles.zip(new LinkedHashMap<>(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                "word/document.xml", new byte[210 * 1024 * 1024])));

        byte[] withMacros = SampleFiles.zip(new LinkedHashMap<>(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                "word/document.xml", "<w:document/>".getBytes(), "word/vbaProject.bin", new byte[] {1, 2, 3})));
        byte[] ole2WithMacros = Arrays.copyOf(ole2Header, 4096);
        byte[] vba = "_VBA_PROJECT".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(vba, 0, ole2WithMacros, 2048, vba.length);
        byte[] twoFaced = SampleFiles.docx();
        int central = lastIndexOf(twoFaced, "word/document.xml".getBytes());
        twoFaced[central + 5] = 'X';

        Map<String, byte[]> tricks = new LinkedHashMap<>();
        tricks.put("pakkumine.docx", disguised);
        tricks.put("arhiiv.docx", bare);
        tricks.put("setup.msi", ole2Header);
        tricks.put("vana.doc", ole2Header);
        tricks.put("suur.docx", bomb);
        tricks.put("slaidid\u202Efdp.exe", SampleFiles.pdf());
        tricks.put("slaidid.docx", SampleFiles.pdf());
        tricks.put("arvutus.xlsm", SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                "xl/workbook.xml", "<workbook/>".getBytes())));
        tricks.put("makrod.docx", withMacros);
        tricks.put("makrod.doc", ole2WithMacros);
        tricks.put("kahenaoline.docx", twoFaced);
        for (Map.Entry<String, byte[]> trick : tricks.entrySet()) {
            ApiClient.Response refused = trainer().postFiles("/api/tasks/" + task + "/materials",
                    Map.of(trick.getKey(), trick.getValue()));
            assertThat(refused.status()).as(trick.getKey() + ": " + refused.body()).isEqualTo(415);
        }
        assertNothingDelivered();
    }

    @Test
    void storesNamesWithoutHiddenOrReorderingCharacters() {
        JsonNode delivery = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("slai\u202Ddid\u200B.pdf", SampleFiles.pdf())).json();

        assertThat(delivery.at("/files/0/fileName").asText()).isEqualTo("slaidid.pdf");
        driver.deliverMail();
    }

    @Test
    void tellsTheTypeFromTheContentNotTheName() {
        String task = materialsTask();

        ApiClient.Response script = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("slaidid.pdf", "<html><script>alert(1)</script></html>".getBytes()));
        ApiClient.Response program = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("ok.pdf", SampleFiles.pdf(), "tööleht.docx", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));

        assertThat(script.status()).isEqualTo(415);
        assertThat(script.json().get("detail").asText()).contains("'slaidid.pdf' is text/html by its content",
                "Accepted are PDF");
        assertThat(program.status()).isEqualTo(415);
        assertThat(program.json().get("detail").asText()).contains("'tööleht.docx' is application/x-msdownload");
        assertNothingDelivered();
    }

    @Test
    void refusesAFileNamedWithAPersonalCode() {
        ApiClient.Response refused = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("tunnistus-37605030299.pdf", SampleFiles.pdf()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("'tunnistus-37605030299.pdf'",
                "personal identification code", "rename the file");
        assertNothingDelivered();
    }

    /** A delivery is what was sent: materials whose e-mail failed for good are not delivered until sent again. */
    @Test
    void materialsWhoseEmailFailedForGoodAreNotDeliveredUntilSentAgain() {
        User lead = identity.newUser("undeliveredlead");
        lead.setEmail("lead@example.ee");
        identity.saveUser(lead);
        identity.createMembership(lead.getId(), Roles.OFFICERS);
        try {
            assertThat(trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                    Map.of("slaidid.pdf", SampleFiles.pdf())).status()).isEqualTo(201);
            smtp.stop();
            for (int attempt = 1; attempt <= 8; attempt++) {
                outbox.deliverDue();
                ProcessDriver.setClock(LocalDateTime.parse("2026-04-01T10:00").plusDays(attempt));
            }
            smtp.start();
            driver.deliverMail();

            assertThat(materialsStatus()).isEqualTo("OPEN");
            assertThat(ReceivedMail.about(smtp, number)).singleElement().satisfies(told -> {
                assertThat(told.recipient()).isEqualTo("lead@example.ee");
                assertThat(told.subject()).contains("Materials not delivered", number, "W1");
                assertThat(told.body()).contains("to mari@example.ee could not be sent", "send the e-mail again");
            });

            ProcessDriver.setClock(LocalDateTime.parse("2026-04-14T10:00"));
            long failed = StreamSupport.stream(officer().get("/api/contracts/" + number + "/emails").json()
                    .spliterator(), false).filter(email -> email.path("kind").asText().equals("MATERIALS"))
                    .findFirst().orElseThrow().path("id").asLong();
            assertThat(officer().post("/api/contracts/" + number + "/emails/" + failed + "/retry").status())
                    .isEqualTo(202);
            driver.deliverMail();

            assertThat(materialsStatus()).as("sent again a day after the deadline").isEqualTo("DONE_LATE");
        } finally {
            identity.deleteUser(lead.getId());
        }
    }

    private String materialsStatus() {
        return StreamSupport.stream(officer().get("/api/contracts/" + number + "/deadlines").json().spliterator(),
                false).filter(deadline -> deadline.path("obligation").asText().equals("MATERIALS")
                        && deadline.path("group").asText().equals("W1"))
                .findFirst().orElseThrow().path("status").asText();
    }

    /** Annex 1: worksheets and notes carry no client's personal data; the code is never echoed back. */
    @Test
    void refusesMaterialsWhoseTextCarriesAPersonalCode() {
        String task = materialsTask();
        ApiClient.Response pdf = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("juhtum.pdf", SampleFiles.pdf("Juhtum 3: laps, isikukood 50103150123, elab Tartus")));
        // a Word file keeps a word in runs as it was typed: here the code was typed in two goes
        ApiClient.Response docx = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("tooleht.docx", SampleFiles.docx("<w:document><w:body><w:p><w:r><w:t>Kood: 601031</w:t></w:r>"
                        + "<w:r><w:t>50123</w:t></w:r></w:p></w:body></w:document>")));

        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("detail").asText()).contains("'juhtum.pdf' contains an Estonian personal"
                + " identification code", "remove it from the file").doesNotContain("50103150123");
        assertThat(docx.status()).isEqualTo(400);
        assertThat(docx.json().get("detail").asText()).contains("'tooleht.docx'").doesNotContain("60103150123");
        assertNothingDelivered();

        ApiClient.Response clean = trainer().postFiles("/api/tasks/" + task + "/materials",
                Map.of("juhtum.pdf", SampleFiles.pdf("Juhtum 3: laps (12), elab vanaemaga; tel 5123 4567, 15.03.2026")));
        assertThat(clean.status()).isEqualTo(201);
    }

    @Test
    void refusesAnEmptyDelivery() {
        ApiClient.Response refused = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("Attach at least one file");
    }

    @Test
    void letsOnlyThisContractsTrainersDeliver() {
        String task = materialsTask();
        Map<String, byte[]> files = Map.of("slaidid.pdf", SampleFiles.pdf());

        assertThat(ApiClient.as(OTHER_TRAINER, port).postFiles("/api/tasks/" + task + "/materials", files).status())
                .isEqualTo(404);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).postFiles("/api/tasks/" + task + "/materials", files)
                .status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).postFiles("/api/tasks/" + task + "/materials", files).status())
                .isEqualTo(401);
        assertNothingDelivered();
    }

    @Test
    void letsTheContractsTrainersOfficersAndAuditorsDownloadAndNobodyElse() {
        JsonNode delivery = trainer().postFiles("/api/tasks/" + materialsTask() + "/materials",
                Map.of("slaidid.pdf", SampleFiles.pdf())).json();
        String path = "/api/documents/" + delivery.at("/files/0/documentId").asLong();

        for (ApiClient reader : List.of(trainer(), officer(), ApiClient.as(ApiClient.AUDITOR, port))) {
            var download = reader.download(path);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(SampleFiles.pdf());
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment").contains("slaidid.pdf");
        }
        assertThat(ApiClient.as(OTHER_TRAINER, port).download(path).statusCode()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).download(path).statusCode()).isEqualTo(401);
    }

    private static int lastIndexOf(byte[] content, byte[] part) {
        for (int i = content.length - part.length; i >= 0; i--) {
            if (Arrays.equals(content, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private void assertNothingDelivered() {
        assertThat(officer().get("/api/contracts/" + number + "/materials").json()).isEmpty();
        assertThat(driver.openTasks(Task.SEND_MATERIALS, "W1")).hasSize(1);
        driver.deliverMail();
        assertThat(ReceivedMail.about(smtp, number)).isEmpty();
    }

    private String materialsTask() {
        return driver.openTasks(Task.SEND_MATERIALS, "W1").stream()
                .filter(task -> Integer.valueOf(0).equals(engine.getTaskService().getVariable(task.getId(), "blockIndex")))
                .findFirst().orElseThrow().getId();
    }

    private ApiClient trainer() {
        return ApiClient.as(ApiClient.TRAINER, port);
    }

    private ApiClient officer() {
        return ApiClient.as(ApiClient.OFFICER, port);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> attachments(MimeMessage mail) throws Exception {
        Map<String, byte[]> found = new LinkedHashMap<>();
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                found.put(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()),
                        part.getInputStream().readAllBytes());
            }
        }
        return found;
    }
}
