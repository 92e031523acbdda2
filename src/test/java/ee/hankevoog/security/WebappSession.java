package ee.hankevoog.security;

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

/** A user logged in to Camunda's webapps as a browser is: a session cookie and the webapps' CSRF token. */
final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    static WebappSession logIn(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.status(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/")).GET());
        String app = user.contains("auditor") ? "cockpit" : "tasklist";
        int status = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        if (status != 200) {
            throw new IllegalStateException(user + " could not log in to the webapps: " + status);
        }
        return session;
    }

    int send(String method, String path, String json) {
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
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
