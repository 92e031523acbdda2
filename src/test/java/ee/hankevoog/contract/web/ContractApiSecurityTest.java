package ee.hankevoog.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.ContractRegistration;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may call what: every endpoint needs an HTTP Basic log-in against Camunda's users; officers start
 * contracts and call meetings, officers and auditors read, trainers work only through the engine's tasks.
 */
@HankevoogTest
class ContractApiSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ContractRegistration registration;

    String number;

    @BeforeEach
    void aRunningContract() {
        ApiClient.ensureUsers(identity);
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        number = "SEC-" + UUID.randomUUID();
        registration.register(TestContracts.reference(number));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(textBlock = """
            GET,  /api/contracts/{number},                  anonymous
            GET,  /api/contracts/{number}/deadlines,        anonymous
            POST, /api/contracts,                           anonymous
            POST, /api/contracts/{number}/interim-meetings, anonymous
            GET,  /engine-rest/task,                        anonymous
            POST, /engine-rest/process-definition/key/ContractLifecycle/start, anonymous
            GET,  /api/contracts/{number},                  wrong password
            GET,  /engine-rest/task,                        wrong password
            GET,  /api/contracts/{number},                  unknown user
            """)
    void asksForALogInWithoutValidCredentials(String method, String path, String who) {
        Response response = call(method, path, who);

        assertThat(response.status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(textBlock = """
            GET,  /api/contracts/{number},                  apitrainer
            GET,  /api/contracts/{number}/deadlines,        apitrainer
            POST, /api/contracts,                           apitrainer
            POST, /api/contracts/{number}/interim-meetings, apitrainer
            POST, /api/contracts,                           apiauditor
            POST, /api/contracts/{number}/interim-meetings, apiauditor
            """)
    void forbidsWhatTheRoleMayNotDo(String method, String path, String who) {
        Response response = call(method, path, who);

        assertThat(response.status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(textBlock = """
            GET,  /api/contracts/{number},                  apiofficer, 200
            GET,  /api/contracts/{number}/deadlines,        apiofficer, 200
            POST, /api/contracts,                           apiofficer, 201
            POST, /api/contracts/{number}/interim-meetings, apiofficer, 202
            GET,  /api/contracts/{number},                  apiauditor, 200
            GET,  /api/contracts/{number}/deadlines,        apiauditor, 200
            GET,  /api/contracts/{number},                  apiadmin,   200
            GET,  /api/contracts/{number}/deadlines,        apiadmin,   200
            POST, /api/contracts,                           apiadmin,   201
            POST, /api/contracts/{number}/interim-meetings, apiadmin,   202
            GET,  /engine-rest/task,                        apitrainer, 200
            GET,  /engine-rest/task,                        apiauditor, 200
            """)
    void letsEachRoleDoItsPart(String method, String path, String who, int status) {
        Response response = call(method, path, who);

        assertThat(response.status()).isEqualTo(status);
    }

    @Test
    void aForbiddenRegistrationStoresNothing() {
        String another = number + "-T";

        Response forbidden = ApiClient.as(ApiClient.TRAINER, port).post("/api/contracts", ContractJson.valid(another));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/" + another).status()).isEqualTo(404);
    }

    private Response call(String method, String path, String who) {
        ApiClient client = switch (who) {
            case "anonymous" -> ApiClient.anonymous(port);
            case "wrong password" -> ApiClient.as(ApiClient.GUESSED_OFFICER, "not-the-password", port);
            case "unknown user" -> ApiClient.as("apinobody", port);
            default -> ApiClient.as(who, port);
        };
        String resolved = path.replace("{number}", number);
        return switch (method) {
            case "GET" -> client.get(resolved);
            // a new contract's own number, so that an allowed registration is not refused as a duplicate
            case "POST" -> path.equals("/api/contracts")
                    ? client.post(resolved, ContractJson.valid(number + "-NEW"))
                    : client.post(resolved);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
