package ee.hankevoog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.web.ContractJson;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The officers' pages in a real browser; screenshots go to target/screenshots for review. */
@HankevoogTest
class DashboardBrowserTest {

    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void registerAContract() {
        Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        // the contract of seed 001 as its officer registers it on its signing day
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        ApiClient.ensureUsers(identity);
        number = "UI-" + System.nanoTime();
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post("/api/contracts", ContractJson.valid(number)).status())
                .isEqualTo(201);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officerFindsAContractByNumberAndOpensItsTimeline() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            // the list is paged by number, so among the suite's many contracts this one is found by its number
            browser.open("/contracts?number=" + number.toLowerCase(Locale.ROOT));

            String row = browser.waitFor(By.cssSelector("tr[data-contract='" + number + "']")).getText();
            assertThat(row).contains(number, "Running", "Date agreement");
            browser.screenshot("dashboard-contracts");

            browser.click(By.linkText(number));
            browser.waitFor(By.cssSelector(".timeline svg"));
            assertThat(browser.pageText()).contains("Timeline", "Deadlines", "W1 · Tallinn · workers",
                    "signing date 2026-03-16 + 14 calendar days");
            assertThat(browser.waitFor(By.id("deadlines")).findElements(By.cssSelector("tbody tr"))).hasSize(12);
            // the page's Content-Security-Policy refuses inline styles: the colours must still show
            assertThat(browser.waitFor(By.cssSelector(".timeline path")).getCssValue("fill"))
                    .isNotIn("rgb(0, 0, 0)", "none", "");
            browser.screenshot("dashboard-timeline");
        }
    }

    @Test
    void speaksEstonianToAnEstonianBrowser() throws Exception {
        try (Browser browser = new Browser(port, "et")) {
            browser.logIntoHankevoog(ApiClient.AUDITOR, ApiClient.PASSWORD);
            browser.open("/contracts/" + number);

            browser.waitFor(By.cssSelector(".timeline svg"));
            assertThat(browser.pageText()).contains("Ajajoon", "Tähtajad", "Kuupäevade kokkulepe",
                    "lastekaitsetöötajad", "allkirjastamise päev 16.03.2026 + 14 kalendripäeva")
                    .doesNotContain("hankevoog.deadlines", "calendar days");
            browser.screenshot("dashboard-timeline-et");
        }
    }

    @Test
    void showsWhatUsersTypedAsTextNeverAsMarkup() throws Exception {
        String hostile = "UIX-" + System.nanoTime();
        String body = ContractJson.valid(hostile).replace("Kovisioon lastekaitses",
                "<script>document.title='owned'</script><b>Kovisioon</b>");
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post("/api/contracts", body).status()).isEqualTo(201);

        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.open("/contracts/" + hostile);

            browser.waitFor(By.cssSelector(".timeline svg"));
            assertThat(browser.pageText()).contains("<script>document.title='owned'</script><b>Kovisioon</b>");
            assertThat(browser.title()).doesNotContain("owned");
        }
    }

    @Test
    void trainerHasNoDashboard() {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.TRAINER, ApiClient.PASSWORD);
            browser.open("/contracts");

            browser.waitUntil(page -> page.getPageSource().contains("403") || page.getPageSource()
                    .contains("Forbidden"));
            assertThat(browser.pageText()).doesNotContain(number);
        }
    }
}
