package ee.hankevoog.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a load balancer and an operator read over real HTTP: the probes answer anyone with a status and no data;
 * the parts and the metrics are an administrator's.
 */
@HankevoogTest
class OperationsEndpointsTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void users() {
        ApiClient.ensureUsers(identity);
    }

    @Test
    void theProbesAnswerTheBalancerWithoutRevealingAnything() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            ApiClient.Response answer = ApiClient.anonymous(port).get(probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().get("status").asText()).isEqualTo("UP");
            assertThat(answer.body()).as(probe).doesNotContain("components", "details", "outbox", "jdbc");
        }
        // an officer is no operator: the same status, no parts
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/actuator/health/readiness").body())
                .doesNotContain("components");
    }

    @Test
    void anAdministratorSeesWhichPartsTheReadinessWaitsFor() {
        ApiClient.Response readiness = ApiClient.as(ApiClient.ADMIN, port).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").fieldNames()).toIterable()
                .contains("readinessState", "db", "outbox", "processEngine");
        assertThat(readiness.json().at("/components/outbox/details/waiting").isNumber()).isTrue();
    }

    @Test
    void onlyAdministratorsReadTheMetrics() {
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        for (String user : new String[] {ApiClient.OFFICER, ApiClient.TRAINER, ApiClient.AUDITOR}) {
            assertThat(ApiClient.as(user, port).get("/actuator/prometheus").status()).as(user).isEqualTo(403);
        }
        assertThat(ApiClient.as(ApiClient.ADMIN, port).get("/actuator/env").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/actuator/health/../env").status()).isIn(400, 401, 403, 404);

        // a request to be counted per endpoint
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts").status()).isEqualTo(200);
        ApiClient.Response metrics = ApiClient.as(ApiClient.ADMIN, port).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains(
                "http_server_requests_seconds_bucket{",
                "uri=\"/api/contracts\"",
                "hankevoog_emails{status=\"queued\"}",
                "hankevoog_emails{status=\"failed\"}",
                "hankevoog_emails{status=\"sent\"}",
                "hankevoog_obligations_overdue ",
                "hankevoog_jobs_due ",
                "hankevoog_jobs_failed ",
                "hankevoog_jobs_executed_total{outcome=\"successful\"}");
    }
}
