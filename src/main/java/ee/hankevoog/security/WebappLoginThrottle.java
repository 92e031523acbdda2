package ee.hankevoog.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/** Camunda's webapps check their log-in form themselves; a refused one is held back like any failed log-in. */
class WebappLoginThrottle extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    WebappLoginThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().startsWith("/camunda/api/admin/auth/user/default/login/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingRequestWrapper form = new ContentCachingRequestWrapper(request, 4096);
        // the answer is kept until the delay is over: Camunda's own code would otherwise have sent it already
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(form, answer);
            if (answer.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                Duration delay = throttle.failed(userName(form), request.getRemoteAddr());
                if (!delay.isZero()) {
                    answer.setHeader("Retry-After", String.valueOf(Math.max(1, delay.toSeconds())));
                }
                throttle.holdBack(delay);
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    private static String userName(ContentCachingRequestWrapper form) {
        String body = new String(form.getContentAsByteArray(), StandardCharsets.UTF_8);
        String name = UriComponentsBuilder.newInstance().query(body).build().getQueryParams().getFirst("username");
        return name == null ? "" : java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
    }
}
