package ee.hankevoog.dashboard;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.TrainingGroup;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A contract's timeline as an SVG Gantt chart: one row for the contract's own deadlines, one per group with
 * its training days, every deadline coloured by its status and linked to its open task.
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
    private final MessageSource messages;

    TimelineSvg(DeadlineBoard board, OpenTaskLinks links, EngineClock clock, MessageSource messages) {
        this.board = board;
        this.links = links;
        this.clock = clock;
        this.messages = messages;
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
        List<DeadlineState> deadlines = board.of(contract);
        OpenTaskLinks.Links open = links.of(contract.number());
        LocalDate today = clock.today();
        List<LocalDate> dates = Stream.concat(Stream.of(contract.signedOn(), today),
                Stream.concat(deadlines.stream().map(d -> d.deadline().due()),
                        contract.groups().stream().flatMap(g -> g.trainingDates().stream()))).toList();
        Scale scale = new Scale(dates.stream().min(LocalDate::compareTo).orElseThrow().minusDays(7),
                dates.stream().max(LocalDate::compareTo).orElseThrow().plusDays(7));

        List<String> rows = new ArrayList<>();
        rows.add(null);
        contract.groups().forEach(group -> rows.add(group.code()));
        int height = TOP + rows.size() * ROW_HEIGHT + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(LABEL_WIDTH + CHART_WIDTH + 20)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(LABEL_WIDTH + CHART_WIDTH + 20)
                .append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title>").append(escape(text("timeline.title", locale, contract.number()))).append("</title>")
                .append("<style>.done{fill:#2e7d32}.open{fill:#1565c0}.due-soon{fill:#f9a825}.overdue{fill:#c62828}")
                .append(".cancelled{fill:#9e9e9e}.day{fill:#26a69a}.day.cancelled{fill:#e0e0e0}</style>");
        months(svg, scale, height, locale);
        for (int row = 0; row < rows.size(); row++) {
            String group = rows.get(row);
            int y = TOP + row * ROW_HEIGHT;
            svg.append("<line x1=\"0\" x2=\"").append(LABEL_WIDTH + CHART_WIDTH).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#eceff1\"/>");
            svg.append("<text x=\"6\" y=\"").append(y + 26).append("\">")
                    .append(escape(group == null ? text("timeline.contract", locale) : label(contract.group(group), locale)))
                    .append("</text>");
            if (group != null) {
                trainingDays(svg, contract.group(group), scale, y, locale);
            }
            for (DeadlineState state : deadlines) {
                if (Objects.equals(state.deadline().group(), group)) {
                    deadline(svg, state, scale, y, today, open, locale);
                }
            }
        }
        int x = scale.x(today);
        svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP - 10)
                .append("\" y2=\"").append(height - 30).append("\" stroke=\"#c62828\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"").append(x + 3).append("\" y=\"").append(TOP - 12).append("\" fill=\"#c62828\">")
                .append(escape(text("timeline.today", locale))).append("</text>");
        legend(svg, height - 14, locale);
        return svg.append("</svg>").toString();
    }

    private void trainingDays(StringBuilder svg, TrainingGroup group, Scale scale, int y, Locale locale) {
        String shade = group.isCancelled() ? "day cancelled" : "day";
        int day = 1;
        for (LocalDate date : group.trainingDates()) {
            svg.append("<rect class=\"").append(shade).append("\" x=\"").append(scale.x(date) - 3).append("\" y=\"")
                    .append(y + 12).append("\" width=\"7\" height=\"20\" rx=\"2\"><title>")
                    .append(escape(text("timeline.trainingDay", locale, group.code(), day++, date, group.place())))
                    .append("</title></rect>");
        }
    }

    private void deadline(StringBuilder svg, DeadlineState state, Scale scale, int y, LocalDate today,
            OpenTaskLinks.Links open, Locale locale) {
        Deadline deadline = state.deadline();
        int x = scale.x(deadline.due());
        int middle = y + 22;
        String title = text("obligation." + deadline.obligation(), locale) + " – " + deadline.due() + " – "
                + text("status." + shade(state, today), locale) + "\n" + deadline.rule();
        String diamond = "<path class=\"" + shade(state, today) + "\" d=\"M" + x + ' ' + (middle - 8) + " L" + (x + 8)
                + ' ' + middle + " L" + x + ' ' + (middle + 8) + " L" + (x - 8) + ' ' + middle + " Z\"><title>"
                + escape(title) + "</title></path>";
        var url = open.taskUrl(deadline);
        if (url.isPresent()) {
            svg.append("<a href=\"").append(escape(url.get())).append("\" target=\"_blank\">").append(diamond)
                    .append("</a>");
        } else {
            svg.append(diamond);
        }
    }

    private void months(StringBuilder svg, Scale scale, int height, Locale locale) {
        for (LocalDate month = scale.from.withDayOfMonth(1).plusMonths(1); !month.isAfter(scale.to);
                month = month.plusMonths(1)) {
            int x = scale.x(month);
            svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP - 8)
                    .append("\" y2=\"").append(height - 30).append("\" stroke=\"#cfd8dc\"/>")
                    .append("<text x=\"").append(x + 3).append("\" y=\"").append(TOP - 28).append("\" fill=\"#546e7a\">")
                    .append(escape(month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear()))
                    .append("</text>");
        }
    }

    private void legend(StringBuilder svg, int y, Locale locale) {
        int x = LABEL_WIDTH;
        for (String shade : List.of("done", "open", "due-soon", "overdue", "cancelled")) {
            svg.append("<rect class=\"").append(shade).append("\" x=\"").append(x).append("\" y=\"").append(y - 10)
                    .append("\" width=\"10\" height=\"10\"/><text x=\"").append(x + 14).append("\" y=\"").append(y)
                    .append("\">").append(escape(text("status." + shade, locale))).append("</text>");
            x += 130;
        }
    }

    private String label(TrainingGroup group, Locale locale) {
        return group.code() + " · " + group.place() + " · " + text("target." + group.targetGroup(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private record Scale(LocalDate from, LocalDate to) {

        int x(LocalDate day) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return LABEL_WIDTH + (int) (ChronoUnit.DAYS.between(from, day) * CHART_WIDTH / span);
        }
    }
}
