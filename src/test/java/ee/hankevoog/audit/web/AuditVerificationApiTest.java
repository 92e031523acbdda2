package ee.hankevoog.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tamper check over HTTP: an untouched chain verifies, a changed or removed row is found. */
@HankevoogTest
class AuditVerificationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    ContractRegistration registration;
    @Autowired
    OutboxDispatcher outbox;
    @Autowired
    SampleMaterials sampleMaterials;
    @Autowired
    JdbcTemplate jdbc;

    String number;

    @BeforeEach
    void aContractWithSomeHistory() {
        ApiClient.ensureUsers(identity);
        number = new AuditedContract(port, engine, new ProcessDriver(engine, registration, outbox, sampleMaterials))
                .agreedAndEnrolled().number;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void findsAnUntouchedChainIntact() {
        JsonNode report = verify("?contract=" + number);

        assertThat(report.get("contract").asText()).isEqualTo(number);
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("records").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(report.get("firstBrokenSequence").isNull()).isTrue();
        assertThat(report.get("problem").isNull()).isTrue();
        assertThat(ApiClient.as(ApiClient.ADMIN, port).post("/api/audit/verify").json())
                .anySatisfy(all -> assertThat(all).isEqualTo(report));
    }

    @Test
    void findsARecordChangedInTheDatabase() {
        int changed = jdbc.update("update audit_record set summary = ? where contract_number = ? and sequence = 2",
                "Nothing to see here", number);
        assertThat(changed).isEqualTo(1);

        JsonNode report = verify("?contract=" + number);

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(report.get("problem").asText()).startsWith("hash mismatch");
    }

    @Test
    void findsARecordRemovedFromTheDatabase() {
        assertThat(jdbc.update("delete from audit_record where contract_number = ? and sequence = 2", number))
                .isEqualTo(1);

        JsonNode report = verify("?contract=" + number);

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(report.get("problem").asText()).startsWith("gap in sequence");
    }

    @Test
    void answersAnUnknownContractWithAProblem() {
        Response response = ApiClient.as(ApiClient.AUDITOR, port).post("/api/audit/verify?contract=NO-SUCH-CONTRACT");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest(name = "{0} verifies: {1}")
    @CsvSource({"anonymous, 401", "apitrainer, 403", "apiofficer, 403", "apiauditor, 200", "apiadmin, 200"})
    void letsAuditorsAndAdministratorsVerify(String user, int expected) {
        ApiClient client = user.equals("anonymous") ? ApiClient.anonymous(port) : ApiClient.as(user, port);

        assertThat(client.post("/api/audit/verify?contract=" + number).status()).isEqualTo(expected);
    }

    private JsonNode verify(String query) {
        Response response = ApiClient.as(ApiClient.AUDITOR, port).post("/api/audit/verify" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(1);
        return response.json().get(0);
    }
}
