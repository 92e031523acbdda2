package ee.hankevoog.security;

import static ee.hankevoog.security.Roles.ADMINS;
import static ee.hankevoog.security.Roles.AUDITORS;
import static ee.hankevoog.security.Roles.OFFICERS;
import static ee.hankevoog.security.Roles.TRAINERS;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
class SecurityConfig {

    /**
     * Hankevoog's pages load nothing but their own style sheet and scripts and are framed by nobody: text a user
     * typed can never run as a script. Camunda's webapps send their own policy; Swagger UI needs inline code.
     */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Hankevoog's API and the engine REST API: HTTP Basic against Camunda's users, no anonymous access. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthentication users, IdentityService identity,
            AuthorizationService authorizations, TrainerTaskRequests trainerRequests) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authenticationManager(onlyThrough(users))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/contracts", "/api/contracts/*/interim-meetings",
                                "/api/contracts/*/emails/*/retry", "/api/contracts/*/groups/*/cancellation")
                        .hasAnyRole(OFFICERS, ADMINS)
                        .requestMatchers(HttpMethod.PUT, "/api/contracts/*/groups/*/days", "/api/contracts/*/trainers")
                        .hasAnyRole(OFFICERS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/contracts/*/groups/*/day-proposals").hasRole(TRAINERS)
                        .requestMatchers(HttpMethod.POST, "/api/contracts/*/groups/*/participants")
                        .hasAnyRole(OFFICERS, ADMINS)
                        // a trainer reads and records only their own contracts' rosters, which the controller checks
                        .requestMatchers(HttpMethod.PUT, "/api/contracts/*/groups/*/days/*/attendance",
                                "/api/contracts/*/groups/*/assessment")
                        .hasAnyRole(OFFICERS, ADMINS, TRAINERS)
                        .requestMatchers(HttpMethod.POST, "/api/contracts/*/groups/*/attendance-sheets")
                        .hasAnyRole(OFFICERS, ADMINS, TRAINERS)
                        .requestMatchers(HttpMethod.GET, "/api/contracts/*/groups/*/participants",
                                "/api/contracts/*/groups/*/attendance-sheet.pdf")
                        .hasAnyRole(OFFICERS, AUDITORS, ADMINS, TRAINERS)
                        .requestMatchers(HttpMethod.GET, "/api/contracts/**").hasAnyRole(OFFICERS, AUDITORS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/tasks/*/materials").hasAnyRole(TRAINERS, OFFICERS, ADMINS)
                        // which contract's documents a user may read is decided per document
                        .requestMatchers(HttpMethod.GET, "/api/documents/*").authenticated()
                        .requestMatchers("/api/me/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/demo/**", "/api/admin/**").hasRole(ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/audit/verify").hasAnyRole(AUDITORS, ADMINS)
                        .requestMatchers(path("/engine-rest/**")).authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::askForLogIn))
                .exceptionHandling(refusals -> refusals.accessDeniedHandler((request, response, denied) ->
                        SecurityProblems.send(response, HttpStatus.FORBIDDEN, "Your role may not do this: "
                                + request.getMethod() + " " + request.getRequestURI(), request.getRequestURI())))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                // scripts log in with HTTP Basic on every request; a browser that logged in at /login is let in
                // by its session, which the API reads but never starts
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // a script's request has no session and carries its own credentials: nothing to forge. One that
                // rides on a browser's session must bring the page's CSRF token, and so must one a browser sends
                // from another site (it could carry Basic credentials the browser cached)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getSession(false) == null
                        && !"cross-site".equals(request.getHeader("Sec-Fetch-Site"))))
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineRestGuard(authorizations, trainerRequests), EngineAuthenticationFilter.class)
                .build();
    }

    /**
     * What operators and a load balancer read: the health probes answer anyone with a status and nothing more (an
     * administrator who logs in sees each part's details); the metrics are for administrators only.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, CamundaIdentityAuthentication users) throws Exception {
        return http.securityMatcher(path("/actuator/**"))
                .authenticationManager(onlyThrough(users))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(ADMINS)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::askForLogIn))
                .exceptionHandling(refusals -> refusals.accessDeniedHandler((request, response, denied) ->
                        SecurityProblems.send(response, HttpStatus.FORBIDDEN, "Only administrators read the metrics",
                                request.getRequestURI())))
                // a scraper logs in on every request; an administrator's browser is let in by its session
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // nothing here changes anything: every allowed request is a GET
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Calendar subscriptions: calendar apps cannot log in, so the feed checks the secret token in its path. */
    @Bean
    @Order(0)
    SecurityFilterChain calendarSubscriptions(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/calendar/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Hankevoog's own pages: a log-in form and a session, against the same users. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthentication users, IdentityService identity)
            throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/"), path("/my/**"), path("/contracts/**"),
                        path("/history/**"), path("/login"), path("/logout"), path("/css/**"), path("/default-ui.css"),
                        path("/swagger-ui/**"), path("/swagger-ui.html"), path("/v3/api-docs/**"), path("/materials/**"),
                        path("/documents/**"), path("/demo/**")))
                .authenticationManager(onlyThrough(users))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/css/**"), path("/default-ui.css"), path("/login")).permitAll()
                        .requestMatchers(path("/contracts/clock")).hasRole(ADMINS)
                        .requestMatchers(path("/contracts/*/interim-meeting"), path("/contracts/new"),
                                path("/contracts/*/groups/*/cancel"), path("/contracts/*/groups/*/days"),
                                path("/contracts/*/trainers"))
                        .hasAnyRole(OFFICERS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/contracts/*/groups/*/participants")
                        .hasAnyRole(OFFICERS, ADMINS)
                        .requestMatchers(path("/contracts/**")).hasAnyRole(OFFICERS, AUDITORS, ADMINS)
                        .requestMatchers(path("/history/*/verify")).hasAnyRole(AUDITORS, ADMINS)
                        .requestMatchers(path("/history/**")).hasAnyRole(OFFICERS, AUDITORS, ADMINS)
                        .requestMatchers(path("/materials/**")).hasAnyRole(TRAINERS, OFFICERS, ADMINS)
                        .requestMatchers(path("/my/**")).hasRole(TRAINERS)
                        .requestMatchers(path("/demo/**")).hasAnyRole(OFFICERS, ADMINS)
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                                new OrRequestMatcher(path("/swagger-ui/**"), path("/swagger-ui.html"))),
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                // after the log-in, the page the user asked for, or their role's home page (HomePages)
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    /**
     * Camunda's webapps take the user who logged in at /login (container-based authentication, {@link
     * WebappsTakeTheSessionUser}); one session, one log-out.
     */
    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http, AuthorizationService authorizations,
            TrainerTaskRequests trainerRequests) throws Exception {
        RequestMatcher webappApi = path("/camunda/api/**");
        return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/error"), path("/favicon.ico")))
                .authorizeHttpRequests(requests -> requests
                        // the setup page lets anyone create the first administrator; ours come from configuration
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        // the webapps' own log-in form would be a second door; everybody logs in at /login
                        .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .requestMatchers(path("/error"), path("/favicon.ico")).permitAll()
                        // auditors review; they have no tasks to work on
                        .requestMatchers(path("/camunda/app/tasklist/**")).hasAnyRole(OFFICERS, TRAINERS, ADMINS)
                        .anyRequest().authenticated())
                .exceptionHandling(refusals -> refusals
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                // the webapps' "Log out" ends the one session, not only the webapps' part of it
                .logout(logout -> logout
                        // the webapps send their CSRF header with it; a form from elsewhere cannot
                        .logoutRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"),
                                request -> request.getHeader("X-XSRF-TOKEN") != null))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
                // Camunda's webapps send and check their own CSRF token (XSRF-TOKEN cookie and header)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                // the webapps reach the engine through its REST API too, with the same limits as /engine-rest
                .addFilterBefore(new EngineRestGuard(authorizations, trainerRequests), AuthorizationFilter.class)
                .build();
    }

    /**
     * The chain's own manager, without Spring Boot's global one as a parent, which would check a wrong password a
     * second time and count the failure twice.
     */
    private static AuthenticationManager onlyThrough(CamundaIdentityAuthentication users) {
        return new ProviderManager(users);
    }

    /** HTTP Basic's 401, telling a client whose failed log-in was held back how long it was; 429 for a refusal. */
    private static void askForLogIn(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) throws IOException {
        if (refused instanceof LogInRefusedForNow later) {
            response.setHeader("Retry-After", later.retryAfter());
            SecurityProblems.send(response, HttpStatus.TOO_MANY_REQUESTS, later.getMessage(), request.getRequestURI());
            return;
        }
        if (refused instanceof ThrottledLogin throttled && !throttled.delay().isZero()) {
            response.setHeader("Retry-After", LoginThrottle.retryAfter(throttled.delay()));
        }
        if (fromABrowserPage(request)) {
            // a browser is sent to the log-in form: a Basic challenge would have it cache a password that every
            // later request to this site, from any other site too, would carry
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Hankevoog\"");
        SecurityProblems.send(response, HttpStatus.UNAUTHORIZED, "Log in: HTTP Basic with your Hankevoog user name"
                + " and password, or the session of a browser that logged in at /login.", request.getRequestURI());
    }

    /** A browser opening an API address as a page (a link on one of Hankevoog's pages), not a script. */
    private static boolean fromABrowserPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "navigate".equals(request.getHeader("Sec-Fetch-Mode")) || (accept != null && accept.contains("text/html"));
    }

    /** Camunda's REST API and webapps are servlets of their own, so paths are matched without Spring MVC. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll()).build();
    }
}
