package ee.hankevoog.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Camunda's webapps check their log-in form themselves; a refused one is held back like any failed log-in. */
class WebappLoginThrottle extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    WebappLoginThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path, as Camunda's servlet matches it
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !("POST".equals(request.getMethod()) && path.startsWith("/camunda/api/admin/auth/user/")
                && path.contains("/login/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read as the container parses the form; Camunda's @FormParam takes it from there
        String user = String.valueOf(request.getParameter("username"));
        Optional<Duration> refused = throttle.refusal(user, request.getRemoteAddr());
        if (refused.isPresent()) {
            LogInRefusedForNow later = new LogInRefusedForNow(refused.get());
            response.setHeader("Retry-After", later.retryAfter());
            response.sendError(429, later.getMessage());
            return;
        }
        // the answer is kept until the delay is over: Camunda's own code would otherwise have sent it already
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                Duration delay = throttle.failed(user, request.getRemoteAddr());
                if (!delay.isZero()) {
                    answer.setHeader("Retry-After", LoginThrottle.retryAfter(delay));
                }
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }
}
