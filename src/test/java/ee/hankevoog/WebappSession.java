package ee.hankevoog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user logged in to Camunda's webapps as a browser is: a session cookie and the webapps' CSRF token. */
public final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Logs in once, at Hankevoog's /login, and opens the webapps with that session, as a browser does. */
    public static WebappSession logIn(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        String form = session.body(HttpRequest.newBuilder(URI.create(session.base + "/login")).GET());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("The log-in form carries no CSRF token");
        }
        HttpResponse<String> loggedIn = session.response(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        if (loggedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(user + " could not log in: " + loggedIn.headers().map());
        }
        // the webapps' page hands the session user to the webapps and sets their CSRF cookie
        String app = user.contains("auditor") ? "cockpit" : "tasklist";
        session.status(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/" + app + "/default/")).GET());
        return session;
    }

    /** A page or API answer read with the session, as the browser would; the body as text. */
    public String get(String path) {
        HttpResponse<String> answer = response(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    public int send(String method, String path, String json) {
        return send(method, path, "application/json", json);
    }

    private int send(String method, String path, String contentType, String body) {
        return status(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", csrfToken()).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private int status(HttpRequest.Builder request) {
        return response(request).statusCode();
    }

    private String body(HttpRequest.Builder request) {
        return response(request).body();
    }

    private HttpResponse<String> response(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
