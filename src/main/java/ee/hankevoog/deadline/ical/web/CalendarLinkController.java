package ee.hankevoog.deadline.ical.web;

import ee.hankevoog.deadline.ical.CalendarLinks;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in user's secret calendar link: a new one replaces the old, and it can be revoked. */
@RestController
class CalendarLinkController {

    private final CalendarLinks links;

    CalendarLinkController(CalendarLinks links) {
        this.links = links;
    }

    @PostMapping("/api/me/calendar-link")
    ResponseEntity<CalendarLinkView> create(Principal user) {
        String url = links.renew(user.getName());
        return ResponseEntity.created(URI.create(url)).body(new CalendarLinkView(url));
    }

    @DeleteMapping("/api/me/calendar-link")
    ResponseEntity<Void> revoke(Principal user) {
        links.revoke(user.getName());
        return ResponseEntity.noContent().build();
    }

    record CalendarLinkView(String url) {
    }
}
