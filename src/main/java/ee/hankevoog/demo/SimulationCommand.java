package ee.hankevoog.demo;

import ee.hankevoog.audit.ContractHistory;
import ee.hankevoog.audit.HistoryEntry;
import ee.hankevoog.audit.HistoryFilter;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.dashboard.TimelineSvg;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --simulate}: runs the reference contract from signing to closing, writes its timeline, e-mail log and
 * history (what its history page shows) under target/simulation/, prints what it took, and stops the application.
 */
@Component
@Order(20)
class SimulationCommand implements ApplicationRunner {

    static final String OPTION = "simulate";

    private final Simulation simulation;
    private final ContractRepository contracts;
    private final EmailMessageRepository emails;
    private final TimelineSvg timeline;
    private final EngineClock clock;
    private final ApplicationContext context;
    private final ContractHistory history;

    SimulationCommand(Simulation simulation, ContractRepository contracts, EmailMessageRepository emails,
            TimelineSvg timeline, EngineClock clock, ApplicationContext context, ContractHistory history) {
        this.history = history;
        this.simulation = simulation;
        this.contracts = contracts;
        this.emails = emails;
        this.timeline = timeline;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption(OPTION)) {
            return;
        }
        String number = "SIM-" + clock.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Simulation.Report report = simulation.run(number, clock.today());
        Path folder = Files.createDirectories(Path.of("target", "simulation"));
        Path svg = Files.writeString(folder.resolve(number + "-timeline.svg"),
                timeline.render(contracts.findByNumber(number).orElseThrow(), Locale.forLanguageTag("et")));
        Path log = Files.writeString(folder.resolve(number + "-emails.txt"),
                emails.findByContractNumberOrderById(number).stream().map(SimulationCommand::line)
                        .collect(Collectors.joining("\n", "", "\n")));
        Path steps = Files.writeString(folder.resolve(number + "-history.txt"),
                history.of(number, new HistoryFilter(null, null, null, null)).stream()
                        .filter(entry -> !HistoryEntry.USER_OPERATION.equals(entry.kind()))
                        .map(entry -> entry.time() + "  " + entry.actor() + "  " + entry.kind()
                                + (entry.group() != null ? " " + entry.group() : "") + "  " + entry.summary())
                        .collect(Collectors.joining("\n", "", "\n")));
        System.out.printf("%nSimulated contract %s: signed %s, closed %s; %d tasks completed, %d timers fired,"
                + " %d e-mails sent in %d ms.%nTimeline: %s%nE-mail log: %s%nHistory: %s%n%n", report.contract(),
                report.signedOn(), report.closedOn(), report.tasksCompleted(), report.jobsExecuted(),
                report.emailsSent(), report.elapsed().toMillis(), svg.toAbsolutePath(), log.toAbsolutePath(),
                steps.toAbsolutePath());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static String line(EmailMessage message) {
        return message.createdAt().toLocalDate() + "  " + message.status() + "  " + message.recipient() + "  "
                + message.subject();
    }
}
