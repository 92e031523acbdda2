package ee.hankevoog.security;

import static ee.hankevoog.security.Roles.ADMINS;
import static ee.hankevoog.security.Roles.AUDITORS;
import static ee.hankevoog.security.Roles.OFFICERS;
import static ee.hankevoog.security.Roles.TRAINERS;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
class SecurityConfig {

    /** Hankevoog's API and the engine REST API: HTTP Basic against Camunda's users, no anonymous access. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthentication users, IdentityService identity)
            throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/contracts", "/api/contracts/*/interim-meetings",
                                "/api/contracts/*/emails/*/retry")
                        .hasAnyRole(OFFICERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/contracts/**").hasAnyRole(OFFICERS, AUDITORS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/tasks/*/materials").hasAnyRole(TRAINERS, OFFICERS, ADMINS)
                        // which contract's documents a user may read is decided per document
                        .requestMatchers(HttpMethod.GET, "/api/documents/*").authenticated()
                        .requestMatchers("/api/me/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/demo/**").hasRole(ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/audit/verify").hasAnyRole(AUDITORS, ADMINS)
                        .requestMatchers(path("/engine-rest/**")).authenticated()
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth carries no cookie to forge
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
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
        return http.securityMatcher(new OrRequestMatcher(path("/contracts/**"), path("/history/**"),
                        path("/login"), path("/logout"), path("/css/**"), path("/default-ui.css"), path("/swagger-ui/**"),
                        path("/swagger-ui.html"), path("/v3/api-docs/**"), path("/materials/**"),
                        path("/documents/**")))
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/css/**"), path("/default-ui.css"), path("/login")).permitAll()
                        .requestMatchers(path("/contracts/clock")).hasRole(ADMINS)
                        .requestMatchers(path("/contracts/**")).hasAnyRole(OFFICERS, AUDITORS, ADMINS)
                        .requestMatchers(path("/history/*/verify")).hasAnyRole(AUDITORS, ADMINS)
                        .requestMatchers(path("/history/**")).hasAnyRole(OFFICERS, AUDITORS, ADMINS)
                        .requestMatchers(path("/materials/**")).hasAnyRole(TRAINERS, OFFICERS, ADMINS)
                        .anyRequest().authenticated())
                .formLogin(login -> login.defaultSuccessUrl("/contracts"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    /** Camunda's webapps log users in themselves, against the same identity service. */
    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/"), path("/error"),
                        path("/favicon.ico")))
                .authorizeHttpRequests(requests -> requests
                        // the setup page lets anyone create the first administrator; ours come from configuration
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .build();
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
