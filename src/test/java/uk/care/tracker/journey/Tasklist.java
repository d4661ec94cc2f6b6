package uk.care.tracker.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Camunda Tasklist and the application's pages in Debian's headless Chromium, the way a care manager
 * would: log in, start a process from its form, open a task, claim it, fill its Camunda Form, complete it.
 * Keeps a screenshot of each step and every error the browser's console reports.
 */
final class Tasklist implements AutoCloseable {

    /** Tasklist itself asks who is logged in before anyone is, and is answered 404: not an error of ours. */
    private static final String LOGIN_PAGE_PROBE = "/camunda/api/admin/auth/user/default";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path screenshots;
    private final Path downloads;
    private final List<String> consoleErrors = new ArrayList<>();
    private int step;

    Tasklist(String base, Path screenshots) throws IOException {
        this.base = base;
        this.screenshots = Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=en-GB", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        this.downloads = Files.createDirectories(screenshots.resolve("downloads")).toAbsolutePath();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // a British browser: dates read and typed as dd/mm/yyyy, as the care managers see them
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", "en-GB"));
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Europe/London"));
        this.driver = chrome;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void login(String user) {
        collectConsole();
        driver.manage().deleteAllCookies();
        driver.get(base + "/camunda/app/tasklist/default/");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        form.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
        form.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Start process')]")));
        pause(1500); // the form helpers read the staff and manager lists once logged in
    }

    /**
     * Signs in with single sign-on from Tasklist's sign-in page: the link beside the password form, the identity
     * provider (which answers for whoever the test has queued), and back to Tasklist, logged in.
     */
    void signInWithOrganisationAccount() {
        collectConsole();
        driver.manage().deleteAllCookies();
        driver.get(base + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tracker-sso a"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Start process')]")));
        pause(1500); // the form helpers read the staff and manager lists once logged in
    }

    /** Clicks, then waits until the browser has loaded another page (after any redirects), and that page is ready. */
    void clickAndWaitForNextPage(String css) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.trackerPageMarker = true;");
        click(css);
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return window.trackerPageMarker === undefined && document.readyState === 'complete';")));
    }

    void startProcess(String processName) {
        driver.findElement(By.xpath("//a[contains(., 'Start process')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='" + processName + "']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form")));
    }

    void submitStartForm() {
        driver.findElement(By.xpath("//button[normalize-space(.)='Start']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'The process has been started')]")));
    }

    /** Opens a task of the group's list whose form shows the given text, and claims it. */
    void openTask(String taskName, String showing) {
        driver.findElement(By.xpath("//a[contains(., \"My team's tasks\")]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list h4.task a")));
        for (int attempt = 0; attempt < 30; attempt++) {
            List<WebElement> tasks = driver.findElements(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='" + taskName + "']"));
            for (WebElement task : tasks) {
                task.click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form")));
                if (driver.findElement(By.cssSelector(".fjs-container")).getText().contains(showing)) {
                    return;
                }
            }
            pause(1000);
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
        }
        throw new AssertionError("No task '" + taskName + "' showing '" + showing + "' in My team's tasks");
    }

    boolean hasTask(String taskName) {
        driver.findElement(By.xpath("//a[contains(., \"My team's tasks\")]")).click();
        pause(1500);
        return !driver.findElements(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='"
                + taskName + "']")).isEmpty();
    }

    void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".claim")));
    }

    void complete() {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Complete']")));
        button.click();
        // the form leaves the page only once the engine has accepted it; a refused form stays, with its message. (Any
        // page text would not do: hidden elements count for XPath's contains(), so that wait ended at once, and the
        // journey moved the demo clock while the submission was still on its way.)
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Complete']")));
    }

    // ---- Camunda Form fields, found by their keys (the forms name each field Field_<Key>) --------------

    void type(String key, String text) {
        WebElement field = field(key);
        field.clear();
        field.sendKeys(text);
    }

    void date(String key, String ddMmYyyy) {
        WebElement input = driver.findElement(By.cssSelector("input[id$='Field_" + key + "-date']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), ddMmYyyy, Keys.ENTER);
    }

    /** A searchable picker: type part of the name, take the first match. */
    void pick(String key, String search) {
        WebElement input = field(key);
        input.click();
        input.sendKeys(search);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item"))).click();
    }

    /** A plain select: open it and choose the option by its label. */
    void choose(String key, String label) {
        WebElement group = driver.findElement(By.cssSelector("[id$='Field_" + key + "']")).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')]"));
        group.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"))).click();
    }

    /** A radio button: the label that wraps the option (form-js labels each option Field_<Key>-<n>). */
    void radio(String key, String labelStart) {
        for (WebElement label : driver.findElements(By.cssSelector("label[for*='Field_" + key + "-']"))) {
            if (label.getText().trim().startsWith(labelStart)) {
                label.click();
                return;
            }
        }
        throw new AssertionError("No option '" + labelStart + "' for " + key);
    }

    private WebElement field(String key) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_" + key + "']")));
    }

    // ---- pages, screenshots and the console ----------------------------------------------------------

    void open(String path) {
        collectConsole();
        driver.get(base + path);
    }

    WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** The files the browser has downloaded so far. */
    Path downloads() {
        return downloads;
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        step++;
        try {
            Files.write(screenshots.resolve("%02d-%s.png".formatted(step, name)),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collectConsole();
    }

    List<String> consoleErrors() {
        collectConsole();
        return consoleErrors;
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains(LOGIN_PAGE_PROBE)) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
