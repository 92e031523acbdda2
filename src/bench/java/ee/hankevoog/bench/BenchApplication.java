package ee.hankevoog.bench;

import ee.hankevoog.HankevoogApplication;
import ee.hankevoog.security.Roles;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hankevoog itself, started in the benchmark's JVM on a database of the benchmark's, as production runs it
 * but for two things: the driver moves the engine clock and fires the timers itself, so the job executor and
 * the outbox poller stay off (the driver delivers the outbox after each step), and e-mail goes to an SMTP
 * sink.
 */
final class BenchApplication implements AutoCloseable {

    static final String OFFICER = "mari";
    static final String AUDITOR = "anne";
    static final String TRAINER = "tiit";
    static final String PASSWORD = "Bench-password-7";

    private final SmtpSink smtp;
    private final ConfigurableApplicationContext context;

    private BenchApplication(SmtpSink smtp, ConfigurableApplicationContext context) {
        this.smtp = smtp;
        this.context = context;
    }

    static BenchApplication start(Map<String, String> database) throws IOException {
        SmtpSink smtp = new SmtpSink();
        Map<String, String> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtp.port()));
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("hankevoog.outbox.scheduled", "false");
        properties.put("camunda.bpm.admin-user.id", "benchadmin");
        properties.put("camunda.bpm.admin-user.password", PASSWORD);
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        // as arguments, which come before application.yml, unlike SpringApplicationBuilder's default properties
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HankevoogApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        BenchApplication application = new BenchApplication(smtp, context);
        application.user(OFFICER, "mari@example.ee", Roles.OFFICERS);
        application.user(AUDITOR, "anne@example.ee", Roles.AUDITORS);
        // the reference contract's trainer, so that trainer tasks go to a named user as in production
        application.user(TRAINER, "tiit@example.ee", Roles.TRAINERS);
        return application;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private void user(String id, String email, String group) {
        IdentityService identity = bean(IdentityService.class);
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Koormus");
        user.setEmail(email);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    @Override
    public void close() throws IOException {
        context.close();
        smtp.close();
    }
}
