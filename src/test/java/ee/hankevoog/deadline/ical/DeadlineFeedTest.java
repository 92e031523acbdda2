package ee.hankevoog.deadline.ical;

import static ee.hankevoog.deadline.ical.Feeds.events;
import static ee.hankevoog.deadline.ical.Feeds.parse;
import static ee.hankevoog.deadline.ical.Feeds.start;
import static ee.hankevoog.deadline.ical.Feeds.text;
import static ee.hankevoog.deadline.ical.Feeds.uid;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.ContractRegistration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One contract's deadlines as an iCalendar feed over real HTTP, read back with ical4j as a calendar app would. */
@HankevoogTest
class DeadlineFeedTest {

    /** The reference contract: date agreement, pre-meeting, deletion, each of its two trainers' JUHAN profiles, and
     * per group of four the cancellation notice, the training's materials, the handover act and feedback. */
    private static final int REFERENCE_DEADLINES = 3 + 2 + 4 * 4;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ContractRegistration registration;

    String number;
    String path;

    @BeforeEach
    void aFreshReferenceContract() {
        ApiClient.ensureUsers(identity);
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        number = "ICS-" + UUID.randomUUID();
        path = "/api/contracts/" + number + "/deadlines.ics";
        registration.register(TestContracts.reference(number));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void servesOneAllDayEventPerDeadline() {
        Calendar calendar = parse(officer().get(path));

        assertThat(text(calendar, Property.PRODID)).isEqualTo("-//Hankevoog//Deadlines//ET");
        assertThat(text(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(text(calendar, "X-WR-CALNAME")).contains(number);
        List<VEvent> events = events(calendar);
        assertThat(events).hasSize(REFERENCE_DEADLINES)
                .hasSize(officer().get("/api/contracts/" + number + "/deadlines").json().size());
        assertThat(events).allSatisfy(event -> assertThat(start(event)).isInstanceOf(LocalDate.class));
        assertThat(events).extracting(event -> text(event, Property.SUMMARY)).allMatch(s -> s.endsWith(" – " + number))
                .contains("Materjalid / Materials – W1 – " + number);
    }

    @Test
    void putsTheDateAgreementTwoWeeksAfterSigningWithItsRuleAndStatus() {
        VEvent agreement = event(parse(officer().get(path)), number + "-DATE_AGREEMENT@hankevoog");

        assertThat(start(agreement)).isEqualTo(TestContracts.SIGNED_ON.plusDays(14));
        assertThat(text(agreement, Property.DESCRIPTION)).contains("signing date 2026-03-16 + 14 calendar days")
                .contains("OPEN");
        assertThat(text(agreement, Property.CATEGORIES)).isEqualTo("OPEN");
        assertThat(text(agreement, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(text(agreement, Property.URL))
                .isEqualTo("http://localhost:8080/api/contracts/" + number + "/deadlines");
    }

    @Test
    void marksADeadlinePassedWithoutCompletionOverdue() {
        ProcessDriver.setClock(TestContracts.SIGNED_ON.plusDays(15));

        VEvent agreement = event(parse(officer().get(path)), number + "-DATE_AGREEMENT@hankevoog");

        assertThat(text(agreement, Property.CATEGORIES)).isEqualTo("OVERDUE");
    }

    @Test
    void keepsEachEventsUidFromOneFetchToTheNext() {
        List<String> first = events(parse(officer().get(path))).stream().map(Feeds::uid).toList();
        List<String> second = events(parse(officer().get(path))).stream().map(Feeds::uid).toList();

        assertThat(first).doesNotHaveDuplicates().containsExactlyElementsOf(second)
                .contains(number + "-MATERIALS-W1@hankevoog",
                        number + "-FEEDBACK-L2@hankevoog");
    }

    @ParameterizedTest
    @ValueSource(strings = {ApiClient.AUDITOR, ApiClient.ADMIN})
    void letsAuditorsAndAdministratorsSubscribeToo(String user) {
        assertThat(events(parse(ApiClient.as(user, port).get(path)))).hasSize(REFERENCE_DEADLINES);
    }

    @Test
    void asksAnonymousCallersToLogIn() {
        assertThat(ApiClient.anonymous(port).get(path).status()).isEqualTo(401);
    }

    @Test
    void forbidsTrainersAsTheJsonDeadlinesDo() {
        assertThat(ApiClient.as(ApiClient.TRAINER, port).get(path).status()).isEqualTo(403);
    }

    @Test
    void answersAnUnknownContractWithAProblem() {
        Response unknown = officer().get("/api/contracts/NO-SUCH-" + number + "/deadlines.ics");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private ApiClient officer() {
        return ApiClient.as(ApiClient.OFFICER, port);
    }

    private static VEvent event(Calendar calendar, String uid) {
        return events(calendar).stream().filter(event -> uid(event).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + uid));
    }
}
