package ee.hankevoog.deadline.ical;

import static ee.hankevoog.deadline.ical.Feeds.events;
import static ee.hankevoog.deadline.ical.Feeds.parse;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.ApiClient.Response;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.web.ContractJson;
import ee.hankevoog.security.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each user's secret calendar link over real HTTP: made and revoked with a log-in, fetched without one,
 * serving only the contracts the user may see at the moment of the fetch.
 */
@HankevoogTest
class CalendarLinkTest {

    private static final String OTHER_TRAINER = "apiicaltrainer";
    private static final String LINK = "/api/me/calendar-link";
    /** ContractJson.valid: date agreement, pre-meeting, deletion, its one trainer's JUHAN profile, and per group of
     * two the cancellation notice, the training's materials, the handover act and feedback. */
    private static final int DEADLINES_PER_CONTRACT = 3 + 1 + 2 * 4;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    /** A running contract whose trainer is apitrainer, and one whose trainer is somebody else. */
    String mine;
    String theirs;

    @BeforeEach
    void twoContractsWithDifferentTrainers() {
        ApiClient.ensureUsers(identity);
        ensureTrainer(OTHER_TRAINER);
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        mine = "MINE-" + UUID.randomUUID();
        theirs = "THEIRS-" + UUID.randomUUID();
        assertThat(officer().post("/api/contracts", ContractJson.valid(mine)).status()).isEqualTo(201);
        assertThat(officer().post("/api/contracts", ContractJson.valid(theirs)
                .replace("\"user\": \"apitrainer\"", "\"user\": \"" + OTHER_TRAINER + "\"")).status()).isEqualTo(201);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void servesATrainerOnlyTheContractsThatNameThemWithoutALogIn() {
        Response created = trainer().post(LINK);

        assertThat(created.status()).isEqualTo(201);
        String url = created.json().path("url").asText();
        assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(created.location()).isEqualTo(url);
        List<String> uids = uidsIn(ApiClient.anonymous(port).get(pathOf(created)));
        assertThat(uids.stream().filter(uid -> uid.startsWith(mine + "-"))).hasSize(DEADLINES_PER_CONTRACT);
        assertThat(uids).noneMatch(uid -> uid.startsWith(theirs + "-"));
    }

    @Test
    void servesAnOfficerEveryRunningContract() {
        List<String> uids = uidsIn(ApiClient.anonymous(port).get(pathOf(officer().post(LINK))));

        assertThat(uids.stream().filter(uid -> uid.startsWith(mine + "-"))).hasSize(DEADLINES_PER_CONTRACT);
        assertThat(uids.stream().filter(uid -> uid.startsWith(theirs + "-"))).hasSize(DEADLINES_PER_CONTRACT);
    }

    @Test
    void stopsServingARevokedLink() {
        String feed = pathOf(trainer().post(LINK));

        assertThat(trainer().delete(LINK).status()).isEqualTo(204);

        assertThat(ApiClient.anonymous(port).get(feed).status()).isEqualTo(404);
    }

    @Test
    void revokesTheOldLinkWhenANewOneIsMade() {
        String old = pathOf(trainer().post(LINK));

        String renewed = pathOf(trainer().post(LINK));

        assertThat(renewed).isNotEqualTo(old);
        assertThat(ApiClient.anonymous(port).get(old).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get(renewed).status()).isEqualTo(200);
    }

    @Test
    void answersUnknownAndRevokedTokensAlike() {
        String revoked = pathOf(trainer().post(LINK));
        trainer().delete(LINK);

        Response ofRevoked = ApiClient.anonymous(port).get(revoked);
        Response ofUnknown = ApiClient.anonymous(port).get("/calendar/" + "A".repeat(43) + ".ics");
        Response ofMalformed = ApiClient.anonymous(port).get("/calendar/not-a-token.ics");

        assertThat(List.of(ofRevoked, ofUnknown, ofMalformed)).extracting(Response::status).containsOnly(404);
        assertThat(ofUnknown.body()).isEqualTo(ofRevoked.body());
        assertThat(ofMalformed.body()).isEqualTo(ofRevoked.body());
    }

    @Test
    void dropsTheContractsOfATrainerTakenOutOfTheGroupAtOnce() {
        String feed = pathOf(ApiClient.as(OTHER_TRAINER, port).post(LINK));
        assertThat(uidsIn(ApiClient.anonymous(port).get(feed))).anyMatch(uid -> uid.startsWith(theirs + "-"));

        identity.deleteMembership(OTHER_TRAINER, Roles.TRAINERS);
        try {
            assertThat(uidsIn(ApiClient.anonymous(port).get(feed))).noneMatch(uid -> uid.startsWith(theirs + "-"));
        } finally {
            identity.createMembership(OTHER_TRAINER, Roles.TRAINERS);
        }
    }

    @Test
    void makesAndRevokesLinksOnlyForALoggedInUser() {
        assertThat(ApiClient.anonymous(port).post(LINK).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).delete(LINK).status()).isEqualTo(401);
    }

    private ApiClient officer() {
        return ApiClient.as(ApiClient.OFFICER, port);
    }

    private ApiClient trainer() {
        return ApiClient.as(ApiClient.TRAINER, port);
    }

    /** The link's path, to fetch on this test's port: the link itself names the configured base URL. */
    private static String pathOf(Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return URI.create(created.json().path("url").asText()).getPath();
    }

    private static List<String> uidsIn(Response feed) {
        return events(parse(feed)).stream().map(Feeds::uid).toList();
    }

    private void ensureTrainer(String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(ApiClient.PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupMember(id).groupId(Roles.TRAINERS).count() == 0) {
            identity.createMembership(id, Roles.TRAINERS);
        }
    }
}
