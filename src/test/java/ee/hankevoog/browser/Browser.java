package ee.hankevoog.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven through its own chromedriver, looking at Camunda's webapps. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String base;

    Browser(int port) {
        this(port, "en");
    }

    Browser(int port, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setBinary(CHROMIUM.toFile());
        // the machine's closed network refuses Chromium's background connections
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1400", "--lang=" + language);
        // a test that times out reports what the page's scripts logged
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Logs in once, at Hankevoog's log-in form, and opens Tasklist with that session. */
    void logIntoTasklist(String user, String password) {
        logIntoHankevoog(user, password);
        driver.get(base + "/camunda/app/tasklist/default/");
    }

    void logIntoHankevoog(String user, String password) {
        driver.get(base + "/login");
        waitFor(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // the next page must not interrupt the log-in's own navigation
        new WebDriverWait(driver, PAGE_WAIT).until(page -> !page.getCurrentUrl().endsWith("/login"));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Loads Tasklist afresh with the task selected, until it shows the task's name. */
    void openTask(Task task) {
        loadTasklistUntil("#/?task=" + task.getId(), task.getName());
    }

    /** Loads Tasklist's start page afresh, until it shows the text (a task's name in the list). */
    void openTasklistShowing(String text) {
        loadTasklistUntil("", text);
    }

    /**
     * Changing only the address's fragment of a Tasklist still starting up raced with its router, which dropped the
     * task now and then; a fresh load too has, rarely, shown nothing on CI's machine, so a second load is tried
     * before giving up, with what the page and its console said.
     */
    private void loadTasklistUntil(String fragment, String text) {
        By shown = By.xpath("//*[contains(text(), '" + text + "')]");
        for (int load = 1; ; load++) {
            driver.get("about:blank");
            driver.get(base + "/camunda/app/tasklist/default/" + fragment);
            try {
                new WebDriverWait(driver, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(shown));
                return;
            } catch (TimeoutException e) {
                if (load == 2) {
                    throw new TimeoutException("Tasklist did not show '" + text + "' at " + currentUrl()
                            + "; the page said:\n" + pageText() + "\nits console:\n" + consoleLog(), e);
                }
            }
        }
    }

    /** Waits for the element; when it never comes, keeps a screenshot of what the page showed instead. */
    WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            try {
                screenshot("timed-out-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException ignored) {
                // the timeout is what the test reports
            }
            throw e;
        }
    }

    void click(By locator) {
        new WebDriverWait(driver, PAGE_WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PAGE_WAIT).until(condition::apply);
    }

    /** Types a value as a person would; date pickers take theirs as YYYY-MM-DD, whatever the browser shows. */
    void fill(String name, String value) {
        WebElement field = waitFor(By.name(name));
        if ("date".equals(field.getAttribute("type")) || "select".equals(field.getTagName())) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    String title() {
        return driver.getTitle();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The browser window's size, as a desktop (1366 × 900) or a phone (390 × 844) shows the page. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** How many pixels the page is wider than the window: more than zero means sideways scrolling. */
    long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    String consoleLog() {
        StringBuilder log = new StringBuilder();
        driver.manage().logs().get("browser")
                .forEach(entry -> log.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
        return log.toString();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Path screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
