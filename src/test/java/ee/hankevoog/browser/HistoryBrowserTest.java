package ee.hankevoog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.process.ContractProcess.Task;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor's history page in a real browser. */
@HankevoogTest
class HistoryBrowserTest {

    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void contractWithAgreedDates() {
        Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        number = ApiClient.registerContract(identity, port, "HB");
        identity.setAuthentication(ApiClient.TRAINER, List.of("trainers"));
        try {
            tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(Task.AGREE_TRAINING_DATES).singleResult().getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void auditorReadsFiltersAndVerifiesTheHistory() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.AUDITOR, ApiClient.PASSWORD);
            browser.open("/history/" + number);

            String table = browser.waitFor(By.id("history")).getText();
            assertThat(table).contains("Contract registered", ApiClient.OFFICER, "Task completed",
                    "Agree training dates", ApiClient.TRAINER).doesNotContain("TASK_COMPLETED");

            browser.waitFor(By.name("person")).sendKeys(ApiClient.TRAINER);
            browser.click(By.xpath("//button[normalize-space()='Filter']"));
            browser.waitUntil(page -> page.getCurrentUrl().contains("person=" + ApiClient.TRAINER));
            assertThat(browser.waitFor(By.id("history")).getText()).doesNotContain("Contract registered")
                    .contains("Agree training dates");

            browser.click(By.xpath("//button[normalize-space()='Verify the audit chain']"));
            assertThat(browser.waitFor(By.id("verification")).getText()).startsWith("Intact:");
            assertThat(browser.waitFor(By.id("last-hash")).getText()).containsPattern("[0-9a-f]{64}");
            browser.screenshot("history-verified");
        }
    }
}
