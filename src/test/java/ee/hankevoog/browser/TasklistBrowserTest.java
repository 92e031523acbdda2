package ee.hankevoog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.SampleFiles;
import ee.hankevoog.audit.TaskCompletion;
import ee.hankevoog.audit.TaskCompletionRepository;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.GroupCancellation;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.demo.ReferenceContract;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.training.TrainingDay;
import ee.hankevoog.training.TrainingGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People doing their part in Camunda Tasklist, in a real browser. */
@HankevoogTest
class TasklistBrowserTest {

    private static final String TRAINER = "browsertrainer";
    private static final String OTHER_TRAINER = "browsertrainer2";
    private static final String AUDITOR = "browserauditor";
    private static final String PASSWORD = "Harbour-light-9";

    @Autowired
    ContractRegistration registration;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    EngineClock clock;
    @Autowired
    TaskCompletionRepository completions;
    @Autowired
    GroupCancellation cancellation;
    @Autowired
    ContractLookup contracts;
    @LocalServerPort
    int port;

    String number;

    @BeforeEach
    void contractWaitingForMaterials() {
        Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        ensureUser(TRAINER, "trainers");
        ensureUser(AUDITOR, "auditors");
        number = "BR-" + System.nanoTime();
        Contract reference = ReferenceContract.signedOn(number, clock.today(), workingDays, null);
        registration.register(new Contract(number, reference.title(), reference.signedOn(), reference.contact(),
                List.of(new Trainer("Brita Brauser", "brita@example.ee", TRAINER)), reference.groups()));
        // W1 alone, so that the contract's one materials task is W1's
        List.of("L1", "W2", "L2").forEach(group -> cancellation.cancel(number, group, "Ainult W1 / only W1", 3,
                "officer"));
        tasks.complete(openTask(Task.AGREE_TRAINING_DATES));
        tasks.complete(openTask(Task.CONFIRM_TRAINING_DATES), Map.of("datesConfirmed", true));
    }

    @Test
    void trainerSendsMaterialsFromTheTaskFormThroughHankevoog(@TempDir Path files) throws Exception {
        String materials = openTasks(Task.SEND_MATERIALS).get(0);
        Path slides = Files.write(files.resolve("slaidid.pdf"), SampleFiles.pdf());
        Path worksheet = Files.write(files.resolve("tööleht.docx"), SampleFiles.docx());

        try (Browser browser = new Browser(port)) {
            browser.logIntoHankevoog(TRAINER, PASSWORD);
            browser.openTasklistShowing("Send training materials to the contact person");
            browser.openTask(task(materials));
            browser.click(By.cssSelector("button.claim"));
            // Tasklist may drop the selection when it reloads its list after the claim
            browser.waitUntil(page -> tasks.createTaskQuery().taskId(materials).taskAssignee(TRAINER).count() == 1);
            browser.openTask(task(materials));
            String upload = browser.waitFor(By.partialLinkText("Upload the materials to Hankevoog"))
                    .getAttribute("href");
            assertThat(upload).endsWith("/materials/" + materials);
            assertThat(browser.pageText()).contains("Leping / Contract: " + number + " · Grupp / Group: W1");
            browser.screenshot("tasklist-materials-form");

            browser.logIntoHankevoog(TRAINER, PASSWORD);
            browser.open("/materials/" + materials);
            browser.waitFor(By.id("files-input")).sendKeys(slides + "\n" + worksheet);
            browser.screenshot("materials-upload");
            browser.click(By.id("send"));
            browser.waitFor(By.id("delivered"));
            browser.screenshot("materials-delivered");
            assertThat(browser.pageText()).contains("slaidid.pdf", "tööleht.docx", "mari@example.ee");
            assertThat(browser.currentUrl()).as("a reload sends nothing again").endsWith("/materials/" + materials);

            // the link in the task, opened again after the delivery, shows what was delivered
            browser.open("/materials/" + materials);
            assertThat(browser.waitFor(By.id("delivered")).getText()).contains("slaidid.pdf");
            browser.click(By.id("back-home"));
            browser.waitFor(By.id("tasks"));
        }

        TaskCompletion record = completions.findByContractNumberOrderByCompletedAt(number).stream()
                .filter(completion -> completion.taskId().equals(materials)).findFirst().orElseThrow();
        assertThat(record.completedBy()).isEqualTo(TRAINER);
        assertThat(record.details()).contains("\"materialsSentOn\":\"" + clock.today() + "\"", "slaidid.pdf",
                "materialsDeliveryId");
        assertThat(openTasks(Task.SEND_MATERIALS)).isEmpty();
    }

    @Test
    void trainerCommentsOnHisTaskAndReadsTheOfficersComment() throws Exception {
        String materials = openTasks(Task.SEND_MATERIALS).get(0);
        tasks.createComment(materials, null, "Palun ka töölehed / the worksheets too, please");

        try (Browser browser = new Browser(port)) {
            browser.logIntoHankevoog(TRAINER, PASSWORD);
            browser.openTasklistShowing("Send training materials to the contact person");
            browser.openTask(task(materials));
            browser.click(By.cssSelector("a.createCommentLink"));
            browser.waitFor(By.id("comment-form-message")).sendKeys("Saadan reedel / sending on Friday");
            browser.click(By.cssSelector("form[name=newComment] button[type=submit]"));
            browser.waitUntil(page -> tasks.getTaskComments(materials).size() == 2);

            // Tasklist drops the selection when it reloads the task after the comment
            browser.openTask(task(materials));
            browser.click(By.xpath("//a[normalize-space()='History']"));
            browser.waitFor(By.xpath("//*[contains(text(), 'sending on Friday')]"));
            assertThat(browser.pageText()).contains("the worksheets too, please");
            browser.screenshot("tasklist-trainer-comments");
        }
        assertThat(tasks.getTaskComments(materials)).extracting(comment -> comment.getUserId())
                .containsExactlyInAnyOrder(null, TRAINER);
    }

    @Test
    void trainerIsToldWhyAnUploadWasRefusedAndKeepsTheTask(@TempDir Path files) throws Exception {
        String materials = openTasks(Task.SEND_MATERIALS).get(0);
        Path script = Files.writeString(files.resolve("slaidid.pdf"), "<html><script>alert(1)</script></html>");

        try (Browser browser = new Browser(port)) {
            browser.logIntoHankevoog(TRAINER, PASSWORD);
            browser.open("/materials/" + materials);
            browser.waitFor(By.id("files-input")).sendKeys(script.toString());
            browser.click(By.id("send"));

            assertThat(browser.waitFor(By.id("error")).getText()).contains("'slaidid.pdf' is text/html by its content");
            browser.screenshot("materials-refused");
        }
        assertThat(openTasks(Task.SEND_MATERIALS)).containsExactly(materials);
    }

    @Test
    void trainerSeesOnlyTheirOwnContractsTrainerTasks() throws Exception {
        // another contract, whose trainer (not this one) has a task of their own waiting
        String other = "BRO-" + System.nanoTime();
        ensureUser(OTHER_TRAINER, "trainers");
        registration.register(ReferenceContract.signedOn(other, clock.today(), workingDays, OTHER_TRAINER));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(other).taskDefinitionKey(Task.AGREE_TRAINING_DATES)
                .taskCandidateUser(OTHER_TRAINER).count()).isOne();

        try (Browser browser = new Browser(port)) {
            browser.logIntoHankevoog(TRAINER, PASSWORD);
            browser.openTasklistShowing("Send training materials to the contact person");

            assertThat(browser.pageText()).doesNotContain("Confirm enrolment or cancel group", "Hold pre-meeting",
                    "Agree training dates");
        }
    }

    @Test
    void auditorCannotWorkInTasklist() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIntoTasklist(AUDITOR, PASSWORD);

            assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("Not for your role");
            assertThat(browser.pageText()).contains("auditors review in Cockpit").doesNotContain("Whitelabel");
            browser.screenshot("tasklist-auditor-refused");
        }
        assertThat(openTasks(Task.SEND_MATERIALS)).hasSize(1);
    }

    private void ensureUser(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Browser");
            user.setLastName(group);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    private org.camunda.bpm.engine.task.Task task(String id) {
        return tasks.createTaskQuery().taskId(id).singleResult();
    }

    private String openTask(String taskKey) {
        return openTasks(taskKey).get(0);
    }

    private List<String> openTasks(String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).list().stream()
                .map(org.camunda.bpm.engine.task.Task::getId).toList();
    }

    /** Moved a week or more later: the first whole-week shift that keeps every rule (holidays may be in the way). */
    @Test
    void trainerProposesNewDaysFromTheDeskForAnOfficerToConfirm() throws Exception {
        TrainingGroup w1 = contracts.require(number).group("W1");
        List<LocalDate> later = IntStream.rangeClosed(1, 5).mapToObj(weeks -> w1.trainingDates().stream()
                        .map(day -> day.plusWeeks(weeks)).toList())
                .filter(days -> new TrainingGroup("W1", w1.targetGroup(), w1.place(), 15, 20, days.stream()
                        .map(TrainingDay::planned).toList()).scheduleViolations(clock.today(), clock.today(),
                        workingDays).isEmpty())
                .findFirst().orElseThrow();
        try (Browser browser = new Browser(port, "en")) {
            browser.logIntoHankevoog(TRAINER, PASSWORD);
            browser.click(By.id("propose-" + number + "-W1"));
            browser.fill("days", later.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
            browser.waitFor(By.name("reason")).sendKeys("Koolitaja puhkus / the trainer's leave");
            browser.screenshot("trainer-proposes-days");
            browser.click(By.id("confirm-proposal"));

            assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText())
                    .contains("proposal of new days for group W1 went to the officers");
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(Task.CONFIRM_PROPOSED_DAYS).list()).singleElement()
                .satisfies(answer -> assertThat(tasks.getVariable(answer.getId(), "proposedBy")).isEqualTo(TRAINER));
    }
}
