package ee.hankevoog.deadline.ical;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Deadlines as an iCalendar that Outlook and Google Calendar subscribe to: one all-day event per deadline,
 * whose UID stays the same from one fetch to the next, so that a calendar updates it instead of adding another.
 */
@Component
public class DeadlineCalendar {

    static final String PRODUCT = "-//Hankevoog//Deadlines//ET";

    private static final Map<Obligation, String> NAMES = new EnumMap<>(Map.of(
            Obligation.DATE_AGREEMENT, "Koolituskuupäevade kokkulepe / Training dates agreed",
            Obligation.PRE_MEETING, "Eelkohtumine / Pre-meeting",
            Obligation.JUHAN_PROFILE, "Koolitaja profiil JUHANis / Trainer profile in JUHAN",
            Obligation.CANCELLATION_NOTICE, "Grupi tühistamise viimane päev / Last day to cancel the group",
            Obligation.MATERIALS, "Materjalid / Materials",
            Obligation.HANDOVER_ACT, "Üleandmise-vastuvõtu akt / Handover act",
            Obligation.FEEDBACK, "Tagasiside / Feedback",
            Obligation.DIGITAL_MATERIAL_DELETION, "Digitaalse materjali kustutamine / Digital material deleted"));

    private final DeadlineBoard board;
    private final String baseUrl;

    DeadlineCalendar(DeadlineBoard board, @Value("${hankevoog.base-url}") String baseUrl) {
        this.board = board;
        this.baseUrl = baseUrl;
    }

    /** The calendar named {@code name} with every deadline of the contracts, as iCalendar text. */
    public String of(String name, List<Contract> contracts) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        // how often Outlook polls a subscription; Google Calendar decides for itself
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (Contract contract : contracts) {
            for (DeadlineState state : board.of(contract)) {
                calendar.add(event(contract, state));
            }
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private VEvent event(Contract contract, DeadlineState state) {
        Deadline deadline = state.deadline();
        String deadlines = baseUrl + "/api/contracts/" + UriUtils.encodePathSegment(contract.number(), "UTF-8")
                + "/deadlines";
        VEvent event = new VEvent(deadline.due(), deadline.due().plusDays(1), summary(contract, deadline));
        event.add(new Uid(uid(contract, deadline)));
        // each change of the contract raises it, so a calendar moves the event it has instead of adding another
        event.add(new Sequence(contract.revision()));
        event.add(new Description("Tähtaeg / Due: " + deadline.due() + "\n"
                + "Reegel / Rule: " + deadline.rule() + "\n"
                + "Olek / Status: " + state.status() + "\n"
                + "Leping / Contract: " + contract.number() + " " + contract.title() + "\n"
                + deadlines));
        event.add(new Status(state.status() == DeadlineStatus.CANCELLED ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
        event.add(new Categories(state.status().name()));
        event.add(new Url(URI.create(deadlines)));
        // a deadline does not make anyone busy that day
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static String summary(Contract contract, Deadline deadline) {
        return Stream.of(NAMES.get(deadline.obligation()), deadline.group(), contract.number())
                .filter(Objects::nonNull).collect(Collectors.joining(" – "));
    }

    /** The same deadline keeps its UID: contract, obligation, group and block, whichever apply. */
    static String uid(Contract contract, Deadline deadline) {
        return Stream.of(contract.number(), deadline.obligation().name(), deadline.group(),
                        deadline.itemIndex() == null ? null : String.valueOf(deadline.itemIndex()))
                .filter(Objects::nonNull).collect(Collectors.joining("-")) + "@hankevoog";
    }
}
