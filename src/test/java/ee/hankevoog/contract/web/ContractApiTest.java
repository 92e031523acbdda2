package ee.hankevoog.contract.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registering and reading contracts over real HTTP, as an integrator does, and every way it can go wrong. */
@HankevoogTest
class ContractApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    ApiClient officer;
    String number;

    @BeforeEach
    void officerOnSigningDay(TestInfo test) {
        ApiClient.ensureUsers(identity);
        officer = ApiClient.as(OFFICER, port);
        number = "API-" + test.getTestMethod().orElseThrow().getName();
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void registersAContractAndShowsItWithItsGroupsDaysAndState() {
        Response created = officer.post("/api/contracts", ContractJson.valid(number));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/contracts/" + number);
        assertThat(created.json().path("number").asText()).isEqualTo(number);

        Response read = officer.get("/api/contracts/" + number);
        assertThat(read.status()).isEqualTo(200);
        JsonNode contract = read.json();
        assertThat(contract.path("title").asText()).isEqualTo("Kovisioon lastekaitses");
        assertThat(contract.path("signedOn").asText()).isEqualTo("2026-03-16");
        assertThat(contract.path("state").asText()).isEqualTo("RUNNING");
        assertThat(contract.path("customerContact").path("email").asText()).isEqualTo("mari@example.ee");
        assertThat(contract.path("trainers").get(0).path("name").asText()).isEqualTo("Tiit Tamm");
        JsonNode w1 = contract.path("groups").get(0);
        assertThat(w1.path("code").asText()).isEqualTo("W1");
        assertThat(w1.path("targetGroup").asText()).isEqualTo("WORKERS");
        assertThat(w1.path("participantLimit").asInt()).isEqualTo(15);
        assertThat(w1.path("status").asText()).isEqualTo("PLANNED");
        assertThat(texts(w1.path("days"))).containsExactly("2026-04-20", "2026-04-21", "2026-05-25");
        assertThat(texts(contract.path("groups").get(1).path("days"))).containsExactly("2026-04-28", "2026-05-12");
    }

    @Test
    void listsEveryMissingFieldOfAnEmptyContract() {
        Response refused = officer.post("/api/contracts", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("status").asInt()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("number", "title", "signedOn",
                "customerContact", "trainers", "groups");
    }

    @Test
    void listsEveryInvalidNestedFieldAtOnce() {
        String request = ContractJson.valid(number)
                .replace("\"mari@example.ee\"", "\"mari at example.ee\"")
                .replace("\"place\": \"Tallinn\"", "\"place\": \" \"")
                .replace("\"participantLimit\": 15", "\"participantLimit\": 0");

        Response refused = officer.post("/api/contracts", request);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("customerContact.email", "groups[0].place",
                "groups[0].participantLimit", "groups[1].place", "groups[1].participantLimit");
        assertThat(refused.json().path("detail").asText()).contains("customerContact.email");
        assertRegisteredNothing();
    }

    @Test
    void refusesANumberWithASlashThatCouldNotBeReadBack() {
        String slashed = "KOV/2026/001";

        Response refused = officer.post("/api/contracts", ContractJson.valid(slashed));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("number");
        assertThat(refused.json().path("detail").asText()).contains("letters, digits and . _ -");
    }

    @Test
    void refusesAGroupCodeGivenTwice() {
        Response refused = officer.post("/api/contracts",
                ContractJson.valid(number).replace("\"code\": \"L1\"", "\"code\": \"W1\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("errors").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("a code is given twice"));
        assertRegisteredNothing();
    }

    @Test
    void refusesAnUnknownTargetGroupNamingTheField() {
        Response refused = officer.post("/api/contracts",
                ContractJson.valid(number).replace("\"LEADERS\"", "\"MANAGERS\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).contains("groups[1].targetGroup", "WORKERS or LEADERS");
        assertThat(errorFields(refused)).containsExactly("groups[1].targetGroup");
    }

    @Test
    void refusesADateInAnotherFormatNamingTheField() {
        Response refused = officer.post("/api/contracts",
                ContractJson.valid(number).replace("\"2026-03-16\"", "\"16.03.2026\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).contains("signedOn", "YYYY-MM-DD");
        assertThat(errorFields(refused)).containsExactly("signedOn");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        Response refused = officer.post("/api/contracts",
                ContractJson.valid(number).replace("\"title\":", "\"budget\": 12000, \"title\":"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).contains("Unknown field 'budget'");
        assertThat(errorFields(refused)).containsExactly("budget");
        assertRegisteredNothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"37605030299", "37605030298"})
    void refusesAPersonalCodeInAContractsTextWithoutEchoingIt(String code) {
        Response refused = officer.post("/api/contracts", ContractJson.valid(number)
                .replace("Kovisioon lastekaitses", "Kovisioon, laps " + code));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("personal identification code").doesNotContain(code);
        assertRegisteredNothing();
    }

    @Test
    void refusesTextWithANulCharacterThatNoDatabaseCouldKeep() {
        Response refused = officer.post("/api/contracts",
                ContractJson.valid(number).replace("\"place\": \"Tallinn\"", "\"place\": \"Tal\\u0000linn\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("Field 'groups[0].place' contains the NUL character (U+0000), which no text may contain");
        assertThat(errorFields(refused)).containsExactly("groups[0].place");
        assertRegisteredNothing();
    }

    @Test
    void refusesMalformedJson() {
        Response refused = officer.post("/api/contracts", ContractJson.valid(number).replace("},", "}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).contains("not valid JSON");
    }

    @Test
    void refusesProposedDaysOnAWeekendNamingGroupRuleAndValue() {
        Response refused = officer.post("/api/contracts",
                ContractJson.valid(number).replace("\"2026-04-28\"", "\"2026-04-25\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        JsonNode violation = refused.json().path("errors").get(0);
        assertThat(refused.json().path("errors")).hasSize(1);
        assertThat(violation.path("group").asText()).isEqualTo("L1");
        assertThat(violation.path("rule").asText()).contains("working days, not on weekends");
        assertThat(violation.path("value").asText()).isEqualTo("25.04.2026 is a Saturday");
        assertRegisteredNothing();
    }

    /** The engine's today is 21 April 2026: W1's first day, the 20th, is past; L1's days lie ahead. */
    @Test
    void refusesTrainingDaysBeforeTodayNamingGroupAndDay() {
        ProcessDriver.setClock(LocalDate.parse("2026-04-21"));

        Response refused = officer.post("/api/contracts", ContractJson.valid(number));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors")).singleElement().satisfies(violation -> {
            assertThat(violation.path("group").asText()).isEqualTo("W1");
            assertThat(violation.path("rule").asText()).isEqualTo("training days lie ahead: none before today"
                    + " 2026-04-21");
            assertThat(violation.path("value").asText()).isEqualTo("2026-04-20");
        });
        assertRegisteredNothing();
    }

    /** Registered ahead of its signing: allowed, the dates are agreed within two weeks of the signing date. */
    @Test
    void registersAContractAheadOfItsSigningDate() {
        Response registered = officer.post("/api/contracts", ContractJson.valid(number)
                .replace("\"signedOn\": \"2026-03-16\"", "\"signedOn\": \"2026-03-23\""));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(officer.get("/api/contracts/" + number + "/deadlines").json()).filteredOn(deadline -> deadline
                .get("obligation").asText().equals("DATE_AGREEMENT")).singleElement()
                .satisfies(deadline -> assertThat(deadline.get("due").asText()).isEqualTo("2026-04-06"));
    }

    @Test
    void refusesASecondContractWithTheSameNumber() {
        officer.post("/api/contracts", ContractJson.valid(number));

        Response duplicate = officer.post("/api/contracts",
                ContractJson.valid(number).replace("Kovisioon lastekaitses", "Another title"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith(PROBLEM_JSON);
        assertThat(duplicate.json().path("detail").asText()).contains(number, "already exists");
        assertThat(officer.get("/api/contracts/" + number).json().path("title").asText())
                .isEqualTo("Kovisioon lastekaitses");
    }

    @Test
    void answersNotFoundForAnUnknownContract() {
        Response contract = officer.get("/api/contracts/" + number);
        Response deadlines = officer.get("/api/contracts/" + number + "/deadlines");
        Response meeting = officer.post("/api/contracts/" + number + "/interim-meetings");

        for (Response notFound : List.of(contract, deadlines, meeting)) {
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.contentType()).startsWith(PROBLEM_JSON);
            assertThat(notFound.json().path("detail").asText()).isEqualTo("No contract numbered " + number + ".");
        }
    }

    private void assertRegisteredNothing() {
        assertThat(officer.get("/api/contracts/" + number).status()).isEqualTo(404);
    }

    private static List<String> errorFields(Response problem) {
        return problem.json().path("errors").findValuesAsText("field");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
