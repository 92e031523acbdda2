package ee.hankevoog.bench;

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
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 2: the reads people wait for, over real HTTP with the proper log-ins, one request at a time against a
 * Hankevoog node ({@code -Xmx512m}, as production runs it) holding the generated contracts. Each read is warmed up, then timed over many requests on
 * contracts drawn at random; a read slower than its time budget stops early, with the samples it has.
 */
final class ReadLatency {

    private static final int WARM_UP = 30;
    private static final int REQUESTS = 500;
    private static final Duration BUDGET = Duration.ofSeconds(90);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final List<String> contracts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(42);

    ReadLatency(String base, List<String> contracts) {
        this.base = base;
        this.contracts = contracts;
    }

    List<Figures.Latency> measure() throws IOException, InterruptedException {
        HttpClient officerPages = pagesLogin(BenchApplication.OFFICER);
        List<Figures.Latency> figures = new ArrayList<>();
        figures.add(time("auditor's history of one contract (GET /api/contracts/{n}/history)",
                BenchApplication.AUDITOR, 100, () -> basic(BenchApplication.AUDITOR,
                        "/api/contracts/" + anyContract() + "/history")));
        figures.add(time("contract timeline (GET /api/contracts/{n}/timeline.svg)", BenchApplication.OFFICER, 100,
                () -> basic(BenchApplication.OFFICER, "/api/contracts/" + anyContract() + "/timeline.svg")));
        figures.add(time("officers' contracts page (GET /contracts)", BenchApplication.OFFICER, 100,
                () -> HttpRequest.newBuilder(URI.create(base + "/contracts")).build(), officerPages));
        figures.add(time("deadlines feed of one contract (GET /api/contracts/{n}/deadlines.ics)",
                BenchApplication.OFFICER, 100, () -> basic(BenchApplication.OFFICER,
                        "/api/contracts/" + anyContract() + "/deadlines.ics")));
        return figures;
    }

    private String anyContract() {
        return contracts.get(random.nextInt(contracts.size()));
    }

    private HttpRequest basic(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + BenchApplication.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                .header("Accept-Language", "et").build();
    }

    private Figures.Latency time(String read, String user, int targetP99, Supplier<HttpRequest> request)
            throws IOException, InterruptedException {
        return time(read, user, targetP99, request, http);
    }

    private Figures.Latency time(String read, String user, int targetP99, Supplier<HttpRequest> request,
            HttpClient client) throws IOException, InterruptedException {
        Benchmark.log("reads: " + read);
        long budgetEnds = System.nanoTime() + BUDGET.toNanos();
        for (int i = 0; i < WARM_UP && System.nanoTime() < budgetEnds; i++) {
            send(client, request.get());
        }
        budgetEnds = System.nanoTime() + BUDGET.toNanos();
        List<Double> millis = new ArrayList<>();
        while (millis.size() < REQUESTS && (millis.size() < 20 || System.nanoTime() < budgetEnds)) {
            HttpRequest next = request.get();
            long started = System.nanoTime();
            send(client, next);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        return new Figures.Latency(read, user, millis.size(), percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), targetP99);
    }

    private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
    }

    /** Nearest rank: the smallest sample at or above the given share of all samples. */
    private static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The pages log in with a form and keep a session, as a browser does. */
    private HttpClient pagesLogin(String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the log-in page");
        }
        String body = "username=" + user + "&password=" + URLEncoder.encode(BenchApplication.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.headers().firstValue("Location").filter(location -> !location.contains("error")).isEmpty()) {
            throw new IllegalStateException("Log-in as " + user + " failed: " + login.statusCode());
        }
        return browser;
    }
}
