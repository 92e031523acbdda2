package ee.hankevoog.participant.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.SampleFiles;
import ee.hankevoog.security.Roles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * W1 of ContractJson.valid takes at most 15 participants. The rosters are invented, JUHAN-like exports with a
 * personal identification code column, which must never come back.
 */
@HankevoogTest
class RosterImportApiTest {

    private static final String ESTONIAN_HEADER = "Registreeringu ID;Isikukood;Eesnimi;Perekonnanimi;E-post;Töökoht;Staatus";
    /** Valid Estonian personal codes (invented people): the check digit is right, so they look real. */
    private static final List<String> CODES = List.of("38001085718", "49403136526", "60001019906");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    String number;

    @BeforeEach
    void contract() {
        number = ApiClient.registerContract(identity, port, "RI");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void importsAJuhanCsvExportDroppingThePersonalCodesAndUpdatesByJuhanIdOnReimport() {
        List<String> rows = new ArrayList<>(registered(14));
        rows.add("R-15;" + CODES.get(1) + ";Tõnu;Tühistaja;tonu@example.ee;Tartu LOV;Tühistatud");
        rows.add("R-16;" + CODES.get(2) + ";Olev;Ootaja;olev@example.ee;Tartu LOV;Ootenimekirjas");

        Response imported = upload("\uFEFF" + ESTONIAN_HEADER + "\n" + String.join("\n", rows), "juhan.csv");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("added").asInt()).isEqualTo(14);
        assertThat(imported.json().get("skipped").asInt()).isEqualTo(2);
        Response listed = officer().get(participants("W1"));
        assertThat(list(listed.json())).hasSize(14).allSatisfy(participant -> {
            assertThat(participant.get("status").asText()).isEqualTo("REGISTERED");
            assertThat(participant.get("confidentialityAgreementSigned").asBoolean()).isFalse();
        });
        assertThat(list(listed.json())).extracting(p -> p.get("firstName").asText()).contains("Mari 3");
        assertThat(listed.body()).doesNotContain(CODES.toArray(String[]::new));

        // JUHAN's next export: one cancelled since, one e-mail changed; nothing doubles
        List<String> again = new ArrayList<>(registered(14));
        again.set(0, "R-1;" + CODES.get(0) + ";Mari 1;Maasikas;mari.uus@example.ee;Tallinna LOV;Registreeritud");
        again.set(1, "R-2;" + CODES.get(0) + ";Mari 2;Maasikas;mari2@example.ee;Tallinna LOV;Tühistatud");
        Response reimported = upload(ESTONIAN_HEADER + "\n" + String.join("\n", again), "juhan-2.csv");

        assertThat(reimported.status()).as(reimported.body()).isEqualTo(201);
        assertThat(reimported.json().get("updated").asInt()).isEqualTo(14);
        assertThat(reimported.json().get("added").asInt()).isZero();
        List<JsonNode> now = list(officer().get(participants("W1")).json());
        assertThat(now).hasSize(14);
        assertThat(now).filteredOn(p -> p.get("juhanId").asText().equals("R-1")).singleElement()
                .satisfies(p -> assertThat(p.get("email").asText()).isEqualTo("mari.uus@example.ee"));
        assertThat(now).filteredOn(p -> p.get("juhanId").asText().equals("R-2")).singleElement()
                .satisfies(p -> assertThat(p.get("status").asText()).isEqualTo("CANCELLED"));
    }

    @Test
    void importsAnXlsxExportWithEnglishHeaders() throws IOException {
        Response imported = ApiClient.as(OFFICER, port).postFiles(participants("L1"), "file",
                Map.of("juhan.xlsx", xlsx(List.of("JUHAN ID", "First name", "Last name", "E-mail", "Workplace",
                                "Personal identification code", "Status"),
                        List.of("X-1", "Kati", "Kask", "kati@example.ee", "Pärnu LOV", CODES.get(0), "Registered"),
                        List.of("X-2", "Juhan", "Juurikas", "", "Pärnu LOV", CODES.get(1), "Completed"))));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("added").asInt()).isEqualTo(2);
        Response listed = officer().get(participants("L1"));
        assertThat(list(listed.json())).extracting(p -> p.get("lastName").asText()).containsExactly("Juurikas", "Kask");
        assertThat(listed.body()).doesNotContain(CODES.toArray(String[]::new));
    }

    @Test
    void refusesAnImportOverTheLimitOrWithABadRowStoringNothing() {
        Response tooMany = upload(ESTONIAN_HEADER + "\n" + String.join("\n", registered(16)), "juhan.csv");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.json().get("detail").asText()).contains("at most 15", "would make 16");

        List<String> rows = new ArrayList<>(registered(3));
        rows.set(1, "R-2;;Mari 2;;mari2@example.ee;Tallinna LOV;Registreeritud");
        Response bad = upload(ESTONIAN_HEADER + "\n" + String.join("\n", rows), "juhan.csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("Row 3, column 'Perekonnanimi'", "Nothing was imported");

        Response code = upload("Registreeringu ID,Eesnimi,Perekonnanimi,Staatus\nR-1,Mari " + CODES.get(0)
                + ",Maasikas,Registreeritud", "juhan.csv");
        assertThat(code.status()).isEqualTo(400);
        assertThat(code.body()).contains("personal identification code").doesNotContain(CODES.get(0));

        Response noStatus = upload("Registreeringu ID;Eesnimi;Perekonnanimi\nR-1;Mari;Maasikas", "juhan.csv");
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(noStatus.json().get("detail").asText()).contains("column 'Staatus'");
        assertThat(officer().postFiles(participants("W1"), "file", Map.of()).status()).isEqualTo(400);
        assertThat(list(officer().get(participants("W1")).json())).isEmpty();
    }

    @Test
    void letsOfficersImportAndOfficersAuditorsAndTheContractsTrainersRead() {
        String csv = ESTONIAN_HEADER + "\n" + String.join("\n", registered(2));
        assertThat(ApiClient.anonymous(port).postFiles(participants("W1"), "file", Map.of("r.csv", bytes(csv)))
                .status()).isEqualTo(401);
        assertThat(ApiClient.as(TRAINER, port).postFiles(participants("W1"), "file", Map.of("r.csv", bytes(csv)))
                .status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).postFiles(participants("W1"), "file",
                Map.of("r.csv", bytes(csv))).status()).isEqualTo(403);
        assertThat(upload(csv, "r.csv").status()).isEqualTo(201);

        assertThat(list(ApiClient.as(TRAINER, port).get(participants("W1")).json())).hasSize(2);
        assertThat(list(ApiClient.as(ApiClient.AUDITOR, port).get(participants("W1")).json())).hasSize(2);
        ApiClient.ensureUser(identity, "apirosterstranger", Roles.TRAINERS);
        Response stranger = ApiClient.as("apirosterstranger", port).get(participants("W1"));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("Maasikas");
        assertThat(officer().get(participants("X9")).status()).isEqualTo(404);
    }

    @Test
    void aDayRecordedAgainReplacesThatDaysListAndItsMistakenSignatures() throws IOException {
        assertThat(upload(ESTONIAN_HEADER + "\n" + String.join("\n", registered(3)), "r.csv").status())
                .isEqualTo(201);
        ProcessDriver.setClock(LocalDateTime.parse("2026-04-21T16:00"));
        String firstDay = "/api/contracts/" + number + "/groups/W1/days/2026-04-20/attendance";
        assertThat(trainer().put(firstDay, """
                {"present": ["R-1", "R-2"], "confidentialityAgreementSigned": ["R-1", "R-2", "R-3"]}""").status())
                .isEqualTo(200);
        assertThat(trainer().put("/api/contracts/" + number + "/groups/W1/days/2026-04-21/attendance", """
                {"present": ["R-1", "R-2"]}""").status()).isEqualTo(200);

        Response again = trainer().put(firstDay, """
                {"present": ["R-1"], "confidentialityAgreementSigned": ["R-1"]}""");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        Map<String, JsonNode> roster = list(officer().get(participants("W1")).json()).stream()
                .collect(Collectors.toMap(p -> p.get("juhanId").asText(), p -> p));
        assertThat(roster.get("R-1").at("/attendance/2026-04-20").asText()).isEqualTo("PRESENT");
        assertThat(roster.get("R-2").at("/attendance/2026-04-20").asText()).isEqualTo("ABSENT");
        assertThat(roster.get("R-2").at("/attendance/2026-04-21").asText()).as("another day's record stays")
                .isEqualTo("PRESENT");
        assertThat(roster.get("R-1").get("confidentialityAgreementSigned").asBoolean()).isTrue();
        assertThat(roster.get("R-2").get("confidentialityAgreementSigned").asBoolean()).as("a mistaken tick")
                .isFalse();
        assertThat(roster.get("R-3").get("confidentialityAgreementSigned").asBoolean()).isFalse();
    }

    @Test
    void recordsEachTrainingDaysAttendanceAndTheAgreementOncePerTraining() throws IOException {
        assertThat(upload(ESTONIAN_HEADER + "\n" + String.join("\n", registered(3)), "r.csv").status())
                .isEqualTo(201);
        String firstDay = "/api/contracts/" + number + "/groups/W1/days/2026-04-20/attendance";
        String all = """
                {"present": ["R-1", "R-2"], "confidentialityAgreementSigned": ["R-1", "R-2", "R-3"]}""";
        Response early = trainer().put(firstDay, all);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("has not come yet");

        ProcessDriver.setClock(LocalDateTime.parse("2026-04-20T10:00"));
        Response unsigned = trainer().put(firstDay, """
                {"present": ["R-1", "R-2"], "confidentialityAgreementSigned": ["R-1"]}""");
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.json().get("detail").asText()).contains("[R-2]", "confidentiality agreement");
        assertThat(trainer().put(firstDay, """
                {"present": ["R-9"], "confidentialityAgreementSigned": ["R-9"]}""").status()).isEqualTo(400);
        assertThat(trainer().put("/api/contracts/" + number + "/groups/W1/days/2026-04-22/attendance", all)
                .status()).isEqualTo(400);
        assertThat(trainer().put(firstDay, all).status()).isEqualTo(200);

        ProcessDriver.setClock(LocalDateTime.parse("2026-04-21T16:00"));
        Response secondDay = trainer().put("/api/contracts/" + number + "/groups/W1/days/2026-04-21/attendance", """
                {"present": ["R-1", "R-3"]}""");
        assertThat(secondDay.status()).as(secondDay.body()).isEqualTo(200);

        List<JsonNode> roster = list(officer().get(participants("W1")).json());
        assertThat(roster).allSatisfy(p -> assertThat(p.get("confidentialityAgreementSigned").asBoolean()).isTrue());
        assertThat(roster).filteredOn(p -> p.get("juhanId").asText().equals("R-2")).singleElement()
                .satisfies(p -> {
                    assertThat(p.at("/attendance/2026-04-20").asText()).isEqualTo("PRESENT");
                    assertThat(p.at("/attendance/2026-04-21").asText()).isEqualTo("ABSENT");
                });
        ApiClient.ensureUser(identity, "apirosterstranger", Roles.TRAINERS);
        assertThat(ApiClient.as("apirosterstranger", port).put(firstDay, all).status()).isEqualTo(404);
        // a trainer who also audits reads every contract, but records only on their own
        ApiClient.ensureUser(identity, "apitrainingauditor", Roles.TRAINERS);
        ApiClient.ensureUser(identity, "apitrainingauditor", Roles.AUDITORS);
        assertThat(ApiClient.as("apitrainingauditor", port).put(firstDay, all).status()).isEqualTo(404);
        assertThat(ApiClient.as("apitrainingauditor", port).get(participants("W1")).status()).isEqualTo(200);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).put(firstDay, all).status()).isEqualTo(403);

        // the assessment comes after the last day, 25 May
        String assessment = "/api/contracts/" + number + "/groups/W1/assessment";
        String results = """
                {"passed": ["R-1", "R-2"], "notPassed": ["R-3"]}""";
        assertThat(trainer().put(assessment, results).status()).isEqualTo(409);
        ProcessDriver.setClock(LocalDateTime.parse("2026-05-25T16:00"));
        assertThat(trainer().put("/api/contracts/" + number + "/groups/W1/days/2026-05-25/attendance", """
                {"present": ["R-1", "R-2", "R-3"]}""").status()).isEqualTo(200);
        assertThat(trainer().put(assessment, """
                {"passed": ["R-1"], "notPassed": ["R-1"]}""").status()).isEqualTo(400);
        Response assessed = trainer().put(assessment, results);
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        assertThat(list(assessed.json())).extracting(p -> p.get("juhanId").asText() + " " + p.get("status").asText()
                        + " " + p.get("reason").asText())
                .containsExactly("R-1 COMPLETED null", "R-2 NOT_COMPLETED absent on 21.04.2026",
                        "R-3 NOT_COMPLETED absent on 20.04.2026; assessment not passed");

        HttpResponse<byte[]> csv = ApiClient.as(ApiClient.AUDITOR, port).download("/api/contracts/" + number
                + "/groups/W1/completion.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.substring(1).split("\r\n")).containsExactly(
                "Registreeringu ID;Eesnimi;Perekonnanimi;Staatus;Põhjus",
                "R-1;Mari 1;Maasikas;Lõpetatud;",
                "R-2;Mari 2;Maasikas;Mitte-lõpetatud;absent on 21.04.2026",
                "R-3;Mari 3;Maasikas;Mitte-lõpetatud;\"absent on 20.04.2026; assessment not passed\"");
        assertThat(trainer().download("/api/contracts/" + number + "/groups/W1/completion.csv").statusCode())
                .isEqualTo(403);

        HttpResponse<byte[]> workbook = officer().download("/api/contracts/" + number + "/groups/W1/completion.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Staatus");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue())
                    .isEqualTo("absent on 20.04.2026; assessment not passed");
        }
    }

    @Test
    void printsTheAttendanceSheetAndKeepsTheSignedOneAsEvidence() throws IOException {
        assertThat(upload(ESTONIAN_HEADER + "\n" + String.join("\n", registered(3)), "r.csv").status())
                .isEqualTo(201);
        String sheet = "/api/contracts/" + number + "/groups/W1/attendance-sheet.pdf";
        HttpResponse<byte[]> pdf = trainer().download(sheet);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Osalejate leht / Attendance sheet",
                    "annex 3 of the contract", "Mari 1 Maasikas", "Mari 3 Maasikas", "20.04.2026", "25.05.2026")
                    .doesNotContain(CODES.get(0));
        }
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).download(sheet).statusCode()).isEqualTo(200);
        ApiClient.ensureUser(identity, "apisheetstranger", Roles.TRAINERS);
        assertThat(ApiClient.as("apisheetstranger", port).download(sheet).statusCode()).isEqualTo(404);

        String sheets = "/api/contracts/" + number + "/groups/W1/attendance-sheets";
        Response kept = trainer().postFiles(sheets, "file", Map.of("allkirjad-20-04.pdf", SampleFiles.pdf()));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(kept.location()).isEqualTo("/api/documents/" + kept.json().get("id").asLong());
        assertThat(StreamSupport.stream(officer().get("/api/contracts/" + number + "/documents").json().spliterator(),
                false).map(document -> document.get("kind").asText() + " " + document.get("fileName").asText()))
                .containsExactly("ATTENDANCE_SHEET osalejate-leht-" + number + "-W1-1.pdf");
        assertThat(officer().get("/api/contracts/" + number + "/history").body()).contains("signed attendance sheet"
                + " osalejate-leht-" + number + "-W1-1.pdf").doesNotContain("allkirjad-20-04");
        Response notAScan = trainer().postFiles(sheets, "file", Map.of("allkirjad.docx", SampleFiles.docx()));
        assertThat(notAScan.status()).isEqualTo(415);
        assertThat(notAScan.json().get("detail").asText()).contains("PDF, JPEG or PNG");
        assertThat(trainer().postFiles(sheets, "file", Map.of("script.exe", new byte[] {77, 90, 0, 1})).status())
                .isEqualTo(415);
        assertThat(ApiClient.as(ApiClient.AUDITOR, port).postFiles(sheets, "file", Map.of("a.pdf", SampleFiles.pdf()))
                .status()).isEqualTo(403);
        assertThat(ApiClient.as("apisheetstranger", port).postFiles(sheets, "file", Map.of("a.pdf",
                SampleFiles.pdf())).status()).isEqualTo(404);
    }

    private static List<String> registered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "R-" + i + ";" + CODES.get(0) + ";Mari " + i
                + ";Maasikas;mari" + i + "@example.ee;Tallinna LOV;Registreeritud").toList();
    }

    private Response upload(String csv, String name) {
        return officer().postFiles(participants("W1"), "file", Map.of(name, bytes(csv)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static byte[] xlsx(List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Registreeringud");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private String participants(String group) {
        return "/api/contracts/" + number + "/groups/" + group + "/participants";
    }

    private ApiClient trainer() {
        return ApiClient.as(TRAINER, port);
    }

    private ApiClient officer() {
        return ApiClient.as(OFFICER, port);
    }
}
