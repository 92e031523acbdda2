package ee.hankevoog.deadline.ical;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient.Response;
import java.io.IOException;
import java.io.StringReader;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/** Reads a feed back the way a calendar app does: with ical4j's parser. */
final class Feeds {

    private Feeds() {
    }

    static Calendar parse(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar").containsIgnoringCase("charset=utf-8");
        try {
            return new CalendarBuilder().build(new StringReader(response.body()));
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not iCalendar: " + response.body(), e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String text(Calendar calendar, String property) {
        return calendar.getRequiredProperty(property).getValue();
    }

    static String text(VEvent event, String property) {
        return event.getRequiredProperty(property).getValue();
    }

    static String uid(VEvent event) {
        return text(event, Property.UID);
    }

    static Temporal start(VEvent event) {
        return event.<DtStart<Temporal>>getRequiredProperty(Property.DTSTART).getDate();
    }
}
