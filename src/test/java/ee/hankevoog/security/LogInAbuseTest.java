package ee.hankevoog.security;

import static ee.hankevoog.ApiClient.ADMIN;
import static ee.hankevoog.ApiClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A stranger guessing passwords is slowed and locks nobody out; weak passwords are refused with the rule. */
@HankevoogTest
class LogInAbuseTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    @Test
    void aBurstOfWrongPasswordsIsSlowedAndDoesNotLockTheAccount() throws Exception {
        String victim = "apivictim" + Math.abs(System.nanoTime() % 100_000);
        ApiClient.ensureUser(identity, victim, Roles.OFFICERS);

        List<HttpResponse<Void>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            guesses.add(logIn(victim, "Wrong-guess-" + i));
        }
        HttpResponse<Void> owner = logIn(victim, PASSWORD);

        assertThat(guesses).allMatch(guess -> guess.statusCode() == 401);
        assertThat(guesses.subList(6, 12)).allMatch(guess -> guess.headers().firstValue("Retry-After").isPresent());
        assertThat(owner.statusCode()).isEqualTo(204);
        assertThat(owner.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void refusesAWeakPasswordSayingWhatAGoodOneIs() {
        ApiClient.ensureUsers(identity);
        String user = "apinewuser" + Math.abs(System.nanoTime() % 100_000);
        String weak = """
                {"profile": {"id": "%s", "firstName": "New", "lastName": "User", "email": "new@example.ee"},
                 "credentials": {"password": "a"}}""".formatted(user);

        ApiClient.Response refused = ApiClient.as(ADMIN, port).post("/engine-rest/user/create", weak);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("at least 10 characters");
        assertThat(identity.createUserQuery().userId(user).count()).isZero();
        assertThat(ApiClient.as(ADMIN, port).post("/engine-rest/user/create", weak.replace("\"a\"",
                "\"Long-enough-9\"")).status()).isEqualTo(204);
    }

    private HttpResponse<Void> logIn(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/calendar-link"))
                .header("Authorization", "Basic " + credentials).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
}
