package ee.hankevoog.security;

import static ee.hankevoog.ApiClient.ADMIN;
import static ee.hankevoog.ApiClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import java.net.InetAddress;
import java.net.Socket;
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
    void aBurstOfWrongPasswordsIsSlowedThenRefusedForThatAddressAndLocksNobodyOut() throws Exception {
        String victim = "apivictim" + Math.abs(System.nanoTime() % 100_000);
        ApiClient.ensureUser(identity, victim, Roles.OFFICERS);

        List<HttpResponse<Void>> slowed = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            slowed.add(logIn(victim, "Wrong-guess-" + i));
        }
        HttpResponse<Void> ownerAmidTheGuesses = logIn(victim, PASSWORD);
        List<HttpResponse<Void>> refused = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            refused.add(logIn(victim, "Wrong-guess-again-" + i));
        }

        assertThat(slowed).allMatch(guess -> guess.statusCode() == 401);
        assertThat(slowed.subList(6, 8)).allMatch(guess -> guess.headers().firstValue("Retry-After").isPresent());
        assertThat(ownerAmidTheGuesses.statusCode()).isEqualTo(204);
        assertThat(ownerAmidTheGuesses.headers().firstValue("Retry-After")).isEmpty();
        // ten failures from one address on one account: that address waits, without its guesses being checked
        assertThat(refused.get(refused.size() - 1).statusCode()).isEqualTo(429);
        assertThat(refused.get(refused.size() - 1).headers().firstValue("Retry-After")).isPresent();
        // the owner elsewhere is not locked out
        assertThat(statusFrom("127.0.0.2", victim, PASSWORD)).isEqualTo(204);
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

    /** The answer to a log-in sent from another loopback address, as another computer would. */
    private int statusFrom(String address, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(address), 0)) {
            socket.getOutputStream().write(("DELETE /api/me/calendar-link HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private HttpResponse<Void> logIn(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/calendar-link"))
                .header("Authorization", "Basic " + credentials).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
}
