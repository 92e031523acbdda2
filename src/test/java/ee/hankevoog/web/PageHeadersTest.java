package ee.hankevoog.web;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every page tells the browser: run only our own code, say little to other sites, keep the cookie home. */
@HankevoogTest
class PageHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesSendAContentSecurityPolicyAReferrerPolicyAndALaxSessionCookie() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax", "HttpOnly"));
    }
}
