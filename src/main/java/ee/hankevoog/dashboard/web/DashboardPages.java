package ee.hankevoog.dashboard.web;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.dashboard.ContractOverview;
import ee.hankevoog.dashboard.OpenTaskLinks;
import ee.hankevoog.dashboard.TimelineSvg;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineRules;
import ee.hankevoog.document.Documents;
import ee.hankevoog.notification.Outbox;
import ee.hankevoog.process.ContractProcess;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The officers' pages: every contract at a glance, and one contract's timeline and deadlines. */
@Controller
class DashboardPages {

    /** Contracts on one page: a screenful to scan, however many thousands there are. */
    static final int PAGE_SIZE = 50;

    private final ContractOverview overview;
    private final ContractLookup contracts;
    private final DeadlineBoard board;
    private final TimelineSvg timeline;
    private final OpenTaskLinks links;
    private final EngineClock clock;
    private final Environment environment;
    private final Documents documents;

    private final Outbox outbox;
    private final DeadlineRules rules;

    DashboardPages(ContractOverview overview, ContractLookup contracts, DeadlineBoard board, TimelineSvg timeline,
            OpenTaskLinks links, EngineClock clock, Environment environment, Documents documents,
            Outbox outbox, DeadlineRules rules) {
        this.outbox = outbox;
        this.rules = rules;
        this.environment = environment;
        this.documents = documents;
        this.overview = overview;
        this.contracts = contracts;
        this.board = board;
        this.timeline = timeline;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/contracts")
    String contracts(@RequestParam(required = false) ContractState state,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String number,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ContractOverview.Page shown = overview.page(state, overdue, number, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("number", number);
        model.addAttribute("contracts", shown.contracts());
        model.addAttribute("page", shown.number());
        model.addAttribute("more", shown.more());
        model.addAttribute("states", ContractState.values());
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("now", clock.now());
        model.addAttribute("timeTravel", environment.matchesProfiles("demo"));
        return "contracts";
    }

    @GetMapping("/contracts/{number}")
    String contract(@PathVariable String number, Model model, Locale locale) {
        Contract contract = contracts.require(number);
        OpenTaskLinks.Links open = links.of(number);
        LocalDate today = clock.today();
        model.addAttribute("contract", contract);
        model.addAttribute("today", today);
        List<DeadlineState> deadlines = board.of(contract);
        model.addAttribute("timeline", timeline.render(contract, deadlines, open, locale));
        model.addAttribute("deadlines", deadlines.stream()
                .sorted(Comparator.comparing(state -> state.deadline().due()))
                .map(state -> new DeadlineRow(state, TimelineSvg.shade(state, today),
                        open.taskUrl(state.deadline()).orElse(null), rules.explain(state.deadline(), locale))).toList());
        model.addAttribute("openTasks", open.all().stream().map(task -> new TaskRow(
                ContractProcess.plainTaskName(task.name(), number), task.group(), clock.dayOf(task.due()), task.holder(),
                task.assigned(), open.url(task))).toList());
        model.addAttribute("emails", outbox.logOf(number));
        model.addAttribute("documents", documents.ofContract(number));
        return "contract";
    }

    record DeadlineRow(DeadlineState state, String shade, String taskUrl, String rule) {
    }

    /** An open task as the contract page lists it: what, which group, by when, who holds it. */
    record TaskRow(String name, String group, LocalDate due, String holder, boolean assigned, String url) {
    }
}
