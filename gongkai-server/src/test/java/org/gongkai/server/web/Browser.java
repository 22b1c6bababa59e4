package org.gongkai.server.web;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gongkai.server.testing.ExternalTools;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the helpers the browser tests share: sign in, fill a
 * field, save a screenshot under {@code target/screenshots}, run axe-core. Skips (with the reason) on a
 * machine without chromium and chromedriver; CI installs both.
 */
public final class Browser implements AutoCloseable {

    /** axe-core from the WebJar; the version is {@code axe-core.version} of the root pom. */
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Start a browser for the server on {@code port}, or skip the test class when there is none. */
    public static Browser open(int port) throws IOException {
        Path chromium = ExternalTools.require("chromium", "apt-get install chromium");
        Path chromedriver = ExternalTools.require("chromedriver", "apt-get install chromium-driver");
        Path profile = Files.createTempDirectory("gongkai-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1100,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
    }


    public void get(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text() {
        return find("main").getText();
    }

    public void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    public void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    public void submit(String css) {
        clickAndWait(find(css));
    }

    /** Click a link or button that loads a page, and wait until the old page is gone. */
    public void clickAndWait(WebElement element) {
        driver.executeScript("window.gongkaiOldPage = true");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.gongkaiOldPage === undefined && document.readyState === 'complete'")));
    }

    /** Sign out (by forgetting the session) and sign in as {@code username}. */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        get("/login");
        type("username", username);
        type("password", WebTestData.PASSWORD);
        submit("main form button[type=submit]");
    }

    /** Save a screenshot of the whole page as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, (int) Math.min(height + 120, 6000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 900));
    }

    /** Run axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; return its serious and critical violations. */
    @SuppressWarnings("unchecked")
    public List<String> seriousViolations() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r)).catch(e => done({violations: [{id: 'axe-error', impact: 'critical',"
                        + " help: String(e), nodes: []}]}));");
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at "
                        + ((List<Map<String, Object>>) v.get("nodes")).stream().map(n -> String.valueOf(n.get("target")))
                                .toList())
                .toList();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
