package ee.hankevoog.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.WebappSession;
import ee.hankevoog.contract.web.ContractJson;
import ee.hankevoog.process.ContractProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role through the one front door, in a real browser: one log-in reaches Hankevoog, Tasklist and Cockpit;
 * each role lands on its own home page; pages fit a phone. Screenshots go to target/screenshots.
 */
@HankevoogTest
class FrontDoorBrowserTest {

    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void registerAContract() {
        Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        ApiClient.ensureUsers(identity);
        number = "FDB-" + System.nanoTime();
        // the contract of seed 001 a year on, registered today: its tasks are the newest in Tasklist
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post("/api/contracts", ContractJson.valid(number)
                .replace("2026-", "2027-")).status()).isEqualTo(201);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officerLogsInOnceAndReachesHankevoogTasklistAndCockpit() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.open("/");
            browser.waitFor(By.name("username"));
            assertThat(browser.currentUrl()).endsWith("/login");
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            assertThat(browser.currentUrl()).contains("/contracts");
            browser.screenshot("officer-home");

            // opened by its id: the list's first page holds the newest tasks of every test before this one
            browser.openTask(agreeTask());
            browser.screenshot("officer-tasklist");

            browser.open("/camunda/app/cockpit/default/");
            browser.waitFor(By.xpath("//*[contains(text(), 'Process Definitions')]"));
            browser.screenshot("officer-cockpit");

            browser.open("/contracts");
            browser.click(By.cssSelector("header form button"));
            browser.waitFor(By.name("username"));
            browser.open("/camunda/app/tasklist/default/");
            browser.waitFor(By.name("username"));
            assertThat(browser.currentUrl()).as("logging out of Hankevoog ends the webapps' session too")
                    .endsWith("/login");
        }
    }

    @Test
    void tasklistsLogOutEndsTheHankevoogSessionToo() {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.openTask(agreeTask());
            browser.click(By.cssSelector(".account, [cam-widget-header] .dropdown-toggle.user, .user-account"));
            browser.click(By.xpath("//a[contains(., 'Log out')]"));

            browser.waitFor(By.name("username"));
            browser.open("/contracts");
            browser.waitFor(By.name("username"));
            assertThat(browser.currentUrl()).endsWith("/login");
        }
    }

    @Test
    void anOfficerCancelsAGroupFromTheContractPageSayingWhy() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.open("/contracts/" + number);
            browser.click(By.id("cancel-L1"));
            assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Cancel group L1",
                    "may cancel it until 14.04.2027");
            browser.waitFor(By.name("reason")).sendKeys("Liiga vähe registreerunuid / too few registrants");
            browser.fill("registeredParticipants", "4");
            browser.screenshot("officer-cancels-group");
            browser.click(By.id("confirm-cancellation"));

            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("Group L1 is cancelled");
            assertThat(browser.waitFor(By.id("groups")).getText()).contains("cancelled");
            assertThat(browser.waitFor(By.id("groups")).findElements(By.id("cancel-L1")))
                    .as("a cancelled group offers no second cancellation").isEmpty();
            assertThat(browser.waitFor(By.id("groups")).findElements(By.id("cancel-W1"))).hasSize(1);
        }
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/" + number).json().get("groups")
                .get(1).get("status").asText()).isEqualTo("CANCELLED");
        WebappSession auditor = WebappSession.logIn(port, ApiClient.AUDITOR, ApiClient.PASSWORD);
        assertThatThrownBy(() -> auditor.get("/contracts/" + number + "/groups/W1/cancel"))
                .hasMessageContaining("answered 403");
    }

    @Test
    void anOfficerAddsATrainerFromTheContractPage() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.open("/contracts/" + number);
            browser.click(By.id("change-trainers"));
            assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Trainers of contract " + number);
            browser.fill("trainerName1", "Kati Kask");
            browser.fill("trainerEmail1", "kati@example.ee");
            browser.fill("trainerUser1", "nobody");
            browser.waitFor(By.name("reason")).sendKeys("Teine koolitaja / a second trainer");
            browser.click(By.id("confirm-trainers"));
            assertThat(browser.waitFor(By.id("problems")).getText()).contains("'nobody' is not a user");
            assertThat(browser.waitFor(By.name("trainerName1")).getAttribute("value")).isEqualTo("Kati Kask");

            browser.waitFor(By.name("trainerUser1")).clear();
            browser.click(By.id("confirm-trainers"));

            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("The trainers changed");
        }
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/" + number).json().get("trainers"))
                .extracting(trainer -> trainer.get("name").asText()).containsExactly("Tiit Tamm", "Kati Kask");
        WebappSession auditor = WebappSession.logIn(port, ApiClient.AUDITOR, ApiClient.PASSWORD);
        assertThatThrownBy(() -> auditor.get("/contracts/" + number + "/trainers")).hasMessageContaining("answered 403");
    }

    @Test
    void anOfficerImportsAGroupsRosterFromTheContractPage(@TempDir Path files) throws Exception {
        Path export = Files.writeString(files.resolve("juhan.csv"), "\uFEFFRegistreeringu ID;Isikukood;Eesnimi;"
                + "Perekonnanimi;E-post;Töökoht;Staatus\nR-1;38001085718;Mari;Mets;mets@example.ee;Tartu LOV;"
                + "Registreeritud\nR-2;49403136526;Tõnu;Tamm;tonu@example.ee;Tartu LOV;Registreeritud\n");
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.open("/contracts/" + number);
            browser.click(By.id("participants-W1"));
            browser.waitFor(By.name("file")).sendKeys(export.toString());
            browser.click(By.id("import-roster"));

            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("2 added");
            assertThat(browser.waitFor(By.id("participants")).getText()).contains("Mari Mets", "Tõnu Tamm")
                    .doesNotContain("38001085718");
        }
    }

    /** W1 starts on 20 April 2027: on the 7th, the right to cancel it has passed, and the form says so. */
    @Test
    void theCancellationFormRefusesAGroupWhoseRightHasPassed() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            ProcessDriver.setClock(LocalDate.parse("2027-04-07"));
            browser.open("/contracts/" + number);
            assertThat(browser.waitFor(By.id("groups")).findElements(By.id("cancel-W1")))
                    .as("no Cancel link once the right has passed").isEmpty();
            assertThat(browser.waitFor(By.id("groups")).findElements(By.id("cancel-L1"))).hasSize(1);

            browser.open("/contracts/" + number + "/groups/W1/cancel");
            browser.waitFor(By.name("reason")).sendKeys("Liiga hilja / too late");
            browser.click(By.id("confirm-cancellation"));

            assertThat(browser.waitFor(By.id("error")).getText()).contains("can no longer be cancelled",
                    "was 2027-04-06", "today is 2027-04-07");
        }
        assertThat(ApiClient.as(ApiClient.OFFICER, port).get("/api/contracts/" + number).json().get("groups")
                .get(0).get("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void theContractPageSaysWhatIsNextAndCallsOneInterimMeetingPerConfirmation() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.open("/contracts/" + number);
            assertThat(browser.waitFor(By.id("open-tasks")).getText()).contains("Agree training dates",
                    "offered to apitrainer");

            browser.click(By.id("call-interim-meeting"));
            browser.click(By.id("confirm-interim-meeting"));

            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("Interim meeting called");
            assertThat(browser.waitFor(By.id("open-tasks")).getText()).contains("Record interim meeting",
                    "no due date", "offered to officers");
            assertThat(browser.waitFor(By.id("emails")).getText()).contains("Vahekohtumine / Interim meeting");
            browser.screenshot("officer-contract-next");
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ContractProcess.Task.RECORD_INTERIM_MEETING).count()).isOne();
    }

    @Test
    void aRefusedCompletionNamesTheFieldByItsLabelAndTheHolidayByItsName() throws Exception {
        Task agree = agreeTask();
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.TRAINER, ApiClient.PASSWORD);
            browser.openTask(agree);
            browser.click(By.cssSelector("button.claim"));
            browser.waitUntil(page -> tasks.createTaskQuery().taskId(agree.getId()).taskAssignee(ApiClient.TRAINER)
                    .count() == 1);
            browser.openTask(agree);
            browser.waitFor(By.cssSelector("textarea")).sendKeys("W1: 30.04.2026, 01.05.2026, 04.05.2026");
            assertThat(browser.pageText()).as("the form starts with its contract").contains("Leping / Contract: " + number);
            browser.click(By.xpath("//button[normalize-space(.)='Complete']"));

            browser.waitFor(By.xpath("//*[contains(text(), 'Spring Day')]"));
            assertThat(browser.pageText()).contains("Proposed training days", "01.05.2026 is Spring Day, a public holiday");
            browser.screenshot("trainer-refused-holiday");
        }
        assertThat(tasks.createTaskQuery().taskId(agree.getId()).count()).as("the task stays open").isOne();
    }

    @Test
    void officerRegistersAContractInHankevoogsOwnFormWithGroupsAsRows() throws Exception {
        String registered = "NEW-" + System.nanoTime();
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            browser.click(By.id("new-contract"));
            Map<String, String> values = new LinkedHashMap<>(Map.of("number", registered, "title", "Kovisioon",
                    "signedOn", "2026-03-16", "contactName", "Mari Maasikas", "contactEmail", "mari@example.ee",
                    "trainerName0", "Tiit Tamm", "trainerEmail0", "tiit@example.ee", "trainerUser0", ApiClient.TRAINER));
            values.putAll(Map.of("groupCode0", "W1", "groupTarget0", "WORKERS", "groupPlace0", "Tallinn",
                    "groupLimit0", "15", "groupHours0", "20", "groupDay0_0", "2026-04-20", "groupDay0_1", "2026-04-21",
                    "groupDay0_2", "2026-05-23"));
            values.forEach(browser::fill);
            browser.click(By.id("register"));

            assertThat(browser.waitFor(By.id("problems")).getText()).contains("23.05.2026 is a Saturday");
            assertThat(browser.waitFor(By.name("groupPlace0")).getAttribute("value")).isEqualTo("Tallinn");
            browser.screenshot("officer-new-contract-refused");

            browser.fill("groupDay0_2", "2026-05-25");
            browser.click(By.id("register"));
            browser.waitFor(By.cssSelector(".timeline svg"));
            assertThat(browser.currentUrl()).endsWith("/contracts/" + registered);
        } finally {
            ClockUtil.reset();
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(registered)
                .taskDefinitionKey(ContractProcess.Task.AGREE_TRAINING_DATES).count()).isOne();
    }

    @Test
    void trainerLandsOnTheirOwnTasksAndDeadlines() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.TRAINER, ApiClient.PASSWORD);

            assertThat(browser.currentUrl()).endsWith("/my");
            assertThat(browser.waitFor(By.id("tasks")).getText()).contains("Agree training dates – " + number);
            assertThat(browser.waitFor(By.id("deadlines")).getText()).contains(number, "Date agreement");
            assertThat(browser.pageText()).doesNotContain("Whitelabel").doesNotContain("Cockpit");
            browser.screenshot("trainer-home");
            browser.resize(390, 844);
            assertThat(browser.horizontalOverflow()).isNotPositive();
            browser.screenshot("trainer-home-phone");

            browser.open("/contracts");
            assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("Not for your role");
        }
    }

    @Test
    void auditorLandsOnTheContracts() throws Exception {
        try (Browser browser = new Browser(port, "et")) {
            browser.logIntoHankevoog(ApiClient.AUDITOR, ApiClient.PASSWORD);

            assertThat(browser.currentUrl()).contains("/contracts");
            assertThat(browser.pageText()).contains("Lepingud").doesNotContain("Ülesanded");
            browser.screenshot("auditor-home-et");
            browser.resize(390, 844);
            browser.open("/history/" + number);
            assertThat(browser.waitFor(By.id("history")).getText()).contains("Leping registreeritud");
            assertThat(browser.horizontalOverflow()).isNotPositive();
            browser.screenshot("auditor-history-phone-et");
        }
    }

    @Test
    void theContractPageFitsADesktopAndAPhone() throws Exception {
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(ApiClient.OFFICER, ApiClient.PASSWORD);
            for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
                browser.resize(size[0], size[1]);
                browser.open("/contracts/" + number);
                browser.waitFor(By.cssSelector(".timeline svg"));
                assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", size[0]).isNotPositive();
                browser.screenshot("contract-" + size[0]);
                browser.open("/contracts");
                browser.waitFor(By.id("contracts"));
                assertThat(browser.horizontalOverflow()).as("contracts list at %d px", size[0]).isNotPositive();
                browser.screenshot("contracts-" + size[0]);
            }
        }
    }

    private Task agreeTask() {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ContractProcess.Task.AGREE_TRAINING_DATES).singleResult();
    }
}
