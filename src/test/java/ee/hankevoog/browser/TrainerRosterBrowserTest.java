package ee.hankevoog.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.WebappSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The trainer in the training room, on a phone: ticks who is present and who signed the confidentiality agreement,
 * and after the last day who passed. W1 trains on 20–21 April and 25 May 2026.
 */
@HankevoogTest
class TrainerRosterBrowserTest {

    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void contractWithARoster() {
        Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        number = ApiClient.registerContract(identity, port, "TRB");
        String export = "Registreeringu ID;Eesnimi;Perekonnanimi;E-post;Töökoht;Staatus\n"
                + "R-1;Mari;Mets;mets@example.ee;Tartu LOV;Registreeritud\n"
                + "R-2;Tõnu;Tamm;tonu@example.ee;Tartu LOV;Registreeritud\n";
        assertThat(ApiClient.as(ApiClient.OFFICER, port).postFiles("/api/contracts/" + number
                + "/groups/W1/participants", "file", Map.of("juhan.csv", export.getBytes(StandardCharsets.UTF_8)))
                .status()).isEqualTo(201);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTrainerTicksTheDaysAndTheAssessmentOnAPhone() throws Exception {
        String group = "/my/contracts/" + number + "/groups/W1/participants";
        try (Browser browser = new Browser(port, "en")) {
            browser.resize(390, 844);
            browser.logIntoHankevoog(ApiClient.TRAINER, ApiClient.PASSWORD);
            ProcessDriver.setClock(LocalDateTime.parse("2026-04-20T09:30"));
            browser.open(group);
            assertThat(browser.waitFor(By.id("days")).getText()).contains("21.04.2026", "not yet");
            browser.click(By.id("attendance-2026-04-20"));

            // Tõnu is ticked present without signing: refused, the ticks kept
            browser.click(By.id("present-R-1"));
            browser.click(By.id("signed-R-1"));
            browser.click(By.id("present-R-2"));
            browser.click(By.id("save-attendance"));
            assertThat(browser.waitFor(By.id("error")).getText()).contains("[R-2]", "confidentiality agreement");
            assertThat(browser.waitFor(By.id("present-R-2")).isSelected()).isTrue();
            assertThat(browser.horizontalOverflow()).as("sideways scrolling on a phone").isNotPositive();
            browser.screenshot("attendance-390");
            browser.click(By.id("signed-R-2"));
            browser.click(By.id("save-attendance"));
            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("20.04.2026");

            ProcessDriver.setClock(LocalDateTime.parse("2026-04-21T09:30"));
            browser.open(group);
            browser.click(By.id("attendance-2026-04-21"));
            assertThat(browser.pageText()).contains("agreement signed on 20.04.2026");
            browser.click(By.id("present-R-1"));
            browser.click(By.id("save-attendance"));
            browser.waitFor(By.cssSelector("[role=status]"));

            ProcessDriver.setClock(LocalDateTime.parse("2026-05-25T15:00"));
            browser.open(group);
            browser.click(By.id("attendance-2026-05-25"));
            browser.click(By.id("present-R-1"));
            browser.click(By.id("present-R-2"));
            browser.click(By.id("save-attendance"));
            browser.waitFor(By.cssSelector("[role=status]"));
            browser.click(By.id("assessment-link"));
            browser.click(By.id("passed-R-1"));
            browser.click(By.id("passed-R-2"));
            browser.click(By.id("save-assessment"));

            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("Assessment saved");
            assertThat(browser.waitFor(By.id("participants")).getText())
                    .contains("Mari Mets ✓ ✓ ✓ completed", "Tõnu Tamm ✓ ✗ ✓ not completed: absent on 21.04.2026");
            assertThat(browser.horizontalOverflow()).as("sideways scrolling on a phone").isNotPositive();
            browser.screenshot("roster-390");
        }
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/" + number + "/history").body())
                .contains("ATTENDANCE_RECORDED", "ASSESSMENT_RECORDED");
    }

    @Test
    void anotherTrainerAndAnOfficerCannotOpenTheTrainersPages() throws Exception {
        ApiClient.ensureUser(identity, "rosterstranger", "trainers");
        WebappSession stranger = WebappSession.logIn(port, "rosterstranger", ApiClient.PASSWORD);
        assertThatThrownBy(() -> stranger.get("/my/contracts/" + number
                + "/groups/W1/participants")).hasMessageContaining("answered 404");
        WebappSession officer = WebappSession.logIn(port, ApiClient.OFFICER, ApiClient.PASSWORD);
        assertThatThrownBy(() -> officer.get("/my/contracts/" + number
                + "/groups/W1/participants")).hasMessageContaining("answered 403");
    }
}
