package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (never a downloaded browser), with an axe-core scan that
 * fails on serious or critical accessibility violations.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=nl-NL", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("wijkregie-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(nl.wijkregie.it.Api.BASE_URL + path);
    }

    WebElement waitFor(By locator) {
        return wait.until(whileNavigating(ExpectedConditions.visibilityOfElementLocated(locator)));
    }

    /**
     * A look at the page while it navigates (a redirect chain, e.g. to the identity provider and back) can be aborted
     * by that navigation; the condition is then asked again on the next poll, as if not yet met.
     */
    private static <T> ExpectedCondition<T> whileNavigating(ExpectedCondition<T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("aborted by navigation")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /** Waits until exactly {@code count} elements match (a list that is still being replaced has other counts). */
    void waitForCount(By locator, int count) {
        wait.until(driver -> driver.findElements(locator).size() == count);
    }

    void waitForText(By locator, String text) {
        wait.until(whileNavigating(ExpectedConditions.textToBePresentInElementLocated(locator, text)));
    }

    /** Waits for the text; on time-out fails with what {@code explanation} shows (e.g. an error summary). */
    void waitForTextOrFail(By locator, String text, By explanation) {
        try {
            waitForText(locator, text);
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown = driver.findElements(explanation).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError("expected '" + text + "'; the page shows: " + shown, e);
        }
    }

    void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets an input the way React notices (date inputs cannot be typed into reliably across locales). */
    void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                const input = arguments[0];
                Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arguments[1]);
                input.dispatchEvent(new Event('input', { bubbles: true }));""", waitFor(By.id(id)), value);
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void logIn(String user) {
        open("/login");
        type("j_username", user);
        type("j_password", nl.wijkregie.it.Api.DEMO_PASSWORD);
        click(By.cssSelector("button[type=submit]"));
        waitFor(By.cssSelector("nav[aria-label=Hoofdmenu]"));
    }

    /** axe-core on the current page: no serious or critical violations. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(severe).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    /** The window's width and height in CSS pixels, e.g. 390 wide for a phone. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** What the page shows as text (the main element), to assert that no login name or raw code is visible. */
    String mainText() {
        return waitFor(By.tagName("main")).getText();
    }

    /** The browser's console has no Content-Security-Policy violations (a blocked script, style or image). */
    void assertNoContentSecurityPolicyViolations() {
        List<String> violations = driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> message.contains("Content Security Policy")).toList();
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }

    // Issue 14: phone width, and what no page may show.

    /** The browser window's width (390: a phone), keeping the height. */
    void resize(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
    }

    private static final java.util.regex.Pattern LOGIN_NAMES = java.util.regex.Pattern.compile(
            "\\b(fatima|pieter|sanne|wouter|bram|anouk|ahmed|lisa|noor|jeroen)\\b");
    private static final java.util.regex.Pattern RAW_CODES = java.util.regex.Pattern.compile(
            "\\b(WK\\d{6}|BU\\d{8}|AANGEMELD|INTAKE|UITVOERING|EVALUATIE|AFGESLOTEN|DOELEN_BEREIKT|PARENT|CHILD"
                    + "|OTHER_ADULT|SCHULDEN|SIGNAL_RECEIVED|STATUS_CHANGED"
                    + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2})\\b");

    /**
     * The visible text of the page shows people by name and things in words: no login name, no CBS code, no enum
     * constant, no id and no ISO date (dates are Dutch: "3 december 2026").
     */
    void assertNoLoginNamesOrRawCodes(String page) {
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(LOGIN_NAMES.matcher(text).results().map(java.util.regex.MatchResult::group).toList())
                .as("login names on " + page).isEmpty();
        assertThat(RAW_CODES.matcher(text).results().map(java.util.regex.MatchResult::group).toList())
                .as("raw codes, ids or ISO dates on " + page).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
