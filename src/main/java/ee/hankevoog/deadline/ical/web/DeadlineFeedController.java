package ee.hankevoog.deadline.ical.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.ical.CalendarLinks;
import ee.hankevoog.deadline.ical.DeadlineCalendar;
import ee.hankevoog.deadline.ical.PersonalFeeds;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The deadlines as iCalendar feeds: one contract's for a logged-in reader, a user's own behind their secret link. */
@RestController
class DeadlineFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final ContractLookup contracts;
    private final DeadlineCalendar calendar;
    private final CalendarLinks links;
    private final PersonalFeeds personal;

    DeadlineFeedController(ContractLookup contracts, DeadlineCalendar calendar, CalendarLinks links,
            PersonalFeeds personal) {
        this.contracts = contracts;
        this.calendar = calendar;
        this.links = links;
        this.personal = personal;
    }

    @GetMapping("/api/contracts/{number}/deadlines.ics")
    ResponseEntity<String> contract(@PathVariable String number) {
        Contract contract = contracts.require(number);
        return feed(calendar.of("Hankevoog " + number + " – tähtajad / deadlines", List.of(contract)));
    }

    /** No log-in: the token is the credential. Unknown and revoked tokens look alike, so neither tells which. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> subscription(@PathVariable String token) {
        return links.userOf(token)
                .map(user -> feed(personal.of(user)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> feed(String ics) {
        return ResponseEntity.ok().contentType(CALENDAR).body(ics);
    }
}
