package ee.hankevoog.web;

import static ee.hankevoog.ApiClient.AUDITOR;
import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.PASSWORD;
import static ee.hankevoog.ApiClient.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.security.Roles;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many people at once: 60 readers of every read endpoint of one contract, pages and the no-login calendar feed
 * included, and 12 people completing the same task at the same moment. A request that waits longer than the
 * client's patience (20 s) counts as an error, as it would for a person.
 */
@HankevoogTest
class ParallelReadersTest {

    private static final int READERS = 60;
    private static final int COMPLETERS = 12;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void contract() {
        number = ApiClient.registerContract(engine.getIdentityService(), port, "PR");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void sixtyReadersOfEveryReadEndpointAllGetTheirAnswer() throws Exception {
        String feed = URI.create(ApiClient.as(OFFICER, port).post("/api/me/calendar-link").json().path("url")
                .asText()).getPath();
        List<String> api = List.of("/api/contracts", "/api/contracts/" + number,
                "/api/contracts/" + number + "/timeline.svg", "/api/contracts/" + number + "/deadlines",
                "/api/contracts/" + number + "/deadlines.ics", "/api/contracts/" + number + "/emails",
                "/api/contracts/" + number + "/history", "/api/contracts/" + number + "/history.csv",
                "/api/contracts/" + number + "/materials", "/api/contracts/" + number + "/documents",
                "/engine-rest/task?processInstanceBusinessKey=" + number);
        List<String> pages = List.of("/contracts", "/contracts/" + number, "/history/" + number);
        HttpClient pageSession = logIn(AUDITOR);
        HttpClient basic = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
        String auditor = "Basic " + Base64.getEncoder().encodeToString((AUDITOR + ":" + PASSWORD).getBytes());

        List<String> failures = inParallel(READERS, reader -> {
            List<String> failed = new ArrayList<>();
            List<String> order = new ArrayList<>(api);
            Collections.shuffle(order);
            for (String path : order) {
                check(failed, path, basic, request(path).header("Authorization", auditor));
            }
            for (String path : pages) {
                check(failed, path, pageSession, request(path));
            }
            check(failed, feed, basic, request(feed));
            return failed;
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void twelveSimultaneousCompletionsOfOneTaskGiveOneSuccessAndElevenConflicts() throws Exception {
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(Task.AGREE_TRAINING_DATES).singleResult().getId();
        ApiClient trainer = ApiClient.as(TRAINER, port);

        List<String> answers = inParallel(COMPLETERS, completer -> {
            ApiClient.Response answer = trainer.post("/engine-rest/task/" + task + "/complete", "{}");
            return List.of(answer.status() + (answer.status() == 409 ? "" : " " + answer.body()));
        });

        assertThat(answers).as(answers.toString()).filteredOn(answer -> answer.startsWith("204")).hasSize(1);
        assertThat(answers).as(answers.toString()).filteredOn(answer -> answer.equals("409")).hasSize(COMPLETERS - 1);
    }

    /** A completion that arrives once the task is gone is the same conflict, though a trainer may not read history. */
    @Test
    void aCompletionAfterTheTaskIsDoneIsAConflictSayingWhen() {
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(Task.AGREE_TRAINING_DATES).singleResult().getId();
        ApiClient trainer = ApiClient.as(TRAINER, port);

        assertThat(trainer.post("/engine-rest/task/" + task + "/complete", "{}").status()).isEqualTo(204);
        ApiClient.Response late = trainer.post("/engine-rest/task/" + task + "/complete", "{}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("message").asText()).contains("'Agree training dates – " + number
                + "' was already completed", "nothing you entered was stored");
        // a trainer of another contract learns no more than that it is closed
        ApiClient.ensureUser(engine.getIdentityService(), "strangertrainer", Roles.TRAINERS);
        ApiClient.Response stranger = ApiClient.as("strangertrainer", port)
                .post("/engine-rest/task/" + task + "/complete", "{}");
        assertThat(stranger.status()).isEqualTo(409);
        assertThat(stranger.json().get("message").asText())
                .isEqualTo("This task is no longer open; nothing you entered was stored.");
    }

    /** Runs the work on as many threads, released together, and collects what each returned. */
    private static List<String> inParallel(int threads, Worker work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                results.add(pool.submit((Callable<List<String>>) () -> {
                    start.await();
                    return work.run(index);
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Worker {
        List<String> run(int index) throws Exception;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(PATIENCE).GET();
    }

    private static void check(List<String> failed, String path, HttpClient client, HttpRequest.Builder request) {
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                failed.add(path + " answered " + status);
            }
        } catch (IOException e) {
            failed.add(path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add(path + " interrupted");
        }
    }

    /** A browser's session on Hankevoog's pages: the log-in form with its CSRF token. */
    private HttpClient logIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(PATIENCE)
                .build();
        String form = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as(form).isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        int status = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(status).isEqualTo(302);
        return browser;
    }
}
