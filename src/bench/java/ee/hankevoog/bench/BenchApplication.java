package ee.hankevoog.bench;

import ee.hankevoog.HankevoogApplication;
import ee.hankevoog.security.Roles;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
    /** A trainer of a training company has about this many contracts at once; each benchmark trainer has these. */
    static final int CONTRACTS_PER_TRAINER = 20;
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
        return application;
    }

    private final Set<String> trainers = new HashSet<>();

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * The trainer of the contract generated {@code index}-th, an account created with its first contract, so that
     * trainer tasks go to named users as in production and each has a trainer's share of them, not all of them.
     */
    String trainerOf(int index) {
        String id = trainer(index / CONTRACTS_PER_TRAINER);
        if (trainers.add(id)) {
            user(id, id + "@example.ee", Roles.TRAINERS);
        }
        return id;
    }

    /** How many trainers the first {@code contracts} generated contracts have. */
    static int trainersOf(int contracts) {
        return (contracts + CONTRACTS_PER_TRAINER - 1) / CONTRACTS_PER_TRAINER;
    }

    static String trainer(int number) {
        return String.format("koolitaja%04d", number);
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
