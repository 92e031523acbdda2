package ee.hankevoog.dashboard;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineRules;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A contract's timeline as an SVG Gantt chart: one row for the contract's own deadlines, one per group with
 * its training days, every deadline coloured by its status and linked to its open task. The positions are
 * worked out here; the markup and its words are in templates/timeline/timeline.svg and the message bundles.
 */
@Component
public class TimelineSvg {

    /** A deadline still open this many days before it is due is shown as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    private static final int LABEL_WIDTH = 170;
    private static final int CHART_WIDTH = 900;
    private static final int ROW_HEIGHT = 44;
    private static final int TOP = 46;

    private final DeadlineBoard board;
    private final OpenTaskLinks links;
    private final EngineClock clock;
    private final DeadlineRules rules;
    // Spring Boot's engine renders the HTML pages; this one renders the SVG with the same messages
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    TimelineSvg(DeadlineBoard board, OpenTaskLinks links, EngineClock clock, MessageSource messages,
            DeadlineRules rules) {
        this.rules = rules;
        this.board = board;
        this.links = links;
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/timeline/");
        resolver.setSuffix(".svg");
        // HTML mode writes the markup as the template has it (well-formed XML) and escapes only what markup needs,
        // where XML mode would write every letter outside ASCII as a character reference
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    /** The colour class of a deadline: done, done-late, open, due-soon, overdue or cancelled. */
    public static String shade(DeadlineState state, LocalDate today) {
        if (state.status() == DeadlineStatus.OPEN
                && !state.deadline().due().isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return "due-soon";
        }
        return state.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String render(Contract contract, Locale locale) {
        return render(contract, board.of(contract), links.of(contract.number()), locale);
    }

    /** For a page that has the contract's deadlines and open tasks at hand already. */
    public String render(Contract contract, List<DeadlineState> deadlines, OpenTaskLinks.Links open, Locale locale) {
        LocalDate today = clock.today();
        List<LocalDate> dates = Stream.concat(Stream.of(contract.signedOn(), today),
                Stream.concat(deadlines.stream().map(d -> d.deadline().due()),
                        contract.groups().stream().flatMap(g -> g.trainingDates().stream()))).toList();
        Scale scale = new Scale(dates.stream().min(LocalDate::compareTo).orElseThrow().minusDays(7),
                dates.stream().max(LocalDate::compareTo).orElseThrow().plusDays(7));

        List<TrainingGroup> groups = new ArrayList<>();
        groups.add(null);
        groups.addAll(contract.groups());
        List<Row> rows = new ArrayList<>();
        for (int row = 0; row < groups.size(); row++) {
            TrainingGroup group = groups.get(row);
            String code = group == null ? null : group.code();
            int y = TOP + row * ROW_HEIGHT;
            rows.add(new Row(group, y, group == null ? List.of() : days(group, scale),
                    deadlines.stream().filter(state -> Objects.equals(state.deadline().group(), code))
                            .map(state -> mark(state, scale, y + 22, today, open, rules.explain(state.deadline(),
                                    locale))).toList()));
        }
        int height = TOP + rows.size() * ROW_HEIGHT + 40;
        Map<String, Object> values = new HashMap<>();
        values.put("number", contract.number());
        values.put("width", LABEL_WIDTH + CHART_WIDTH + 20);
        values.put("height", height);
        values.put("top", TOP);
        values.put("bottom", height - 30);
        values.put("chartRight", LABEL_WIDTH + CHART_WIDTH);
        values.put("months", months(scale, locale));
        values.put("rows", rows);
        values.put("today", scale.x(today));
        values.put("legendX", LABEL_WIDTH);
        values.put("legendY", height - 14);
        return templates.process("timeline", new Context(locale, values));
    }

    private static List<Day> days(TrainingGroup group, Scale scale) {
        String shade = group.isCancelled() ? "day cancelled" : "day";
        List<LocalDate> dates = group.trainingDates();
        return IntStream.range(0, dates.size())
                .mapToObj(i -> new Day(scale.x(dates.get(i)), i + 1, dates.get(i), shade)).toList();
    }

    private static Mark mark(DeadlineState state, Scale scale, int middle, LocalDate today,
            OpenTaskLinks.Links open, String rule) {
        Deadline deadline = state.deadline();
        int x = scale.x(deadline.due());
        String diamond = "M" + x + ' ' + (middle - 8) + " L" + (x + 8) + ' ' + middle + " L" + x + ' ' + (middle + 8)
                + " L" + (x - 8) + ' ' + middle + " Z";
        return new Mark(deadline.obligation(), deadline.due(), shade(state, today), rule, diamond,
                open.taskUrl(deadline).orElse(null));
    }

    private static List<Month> months(Scale scale, Locale locale) {
        List<Month> months = new ArrayList<>();
        for (LocalDate month = scale.from.withDayOfMonth(1).plusMonths(1); !month.isAfter(scale.to);
                month = month.plusMonths(1)) {
            months.add(new Month(scale.x(month),
                    month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear()));
        }
        return months;
    }

    /** One line of the chart: the contract's own deadlines (no group), or a group's training days and deadlines. */
    record Row(TrainingGroup group, int y, List<Day> days, List<Mark> deadlines) {
    }

    record Day(int x, int number, LocalDate date, String shade) {
    }

    /** A deadline's diamond: its path, colour and the link to its open task, if one is open. */
    record Mark(Obligation obligation, LocalDate due, String shade, String rule, String path, String url) {
    }

    record Month(int x, String label) {
    }

    private record Scale(LocalDate from, LocalDate to) {

        int x(LocalDate day) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return LABEL_WIDTH + (int) (ChronoUnit.DAYS.between(from, day) * CHART_WIDTH / span);
        }
    }
}
