package vn.hoso.archive.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver. Both paths are set explicitly, so Selenium Manager
 * never tries to download a driver or a browser (the machines have no internet), and every flag that makes Chromium
 * phone home is off.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final ChromeDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("hoso-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,768",
                "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Waits ignoring elements that went stale between being found and being read: the screens redraw parts of
     * themselves while they poll (recognition progress), and a condition is simply tried again.
     */
    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Signs in on the login page the browser is on (or is sent to): waits until the page's script is ready (its
     * button stays disabled until the CSRF token can be added to the form), then types the name and password.
     */
    void signInHere(String user, String password) {
        waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-ready", "true"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
        try {
            waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        } catch (TimeoutException e) {
            throw new AssertionError(whereWeAre("still on the login form after signing in as " + user), e);
        }
    }

    /** The message, then the page's address and the start of its visible text: what a failed wait looked at. */
    String whereWeAre(String message) {
        String text = driver.findElement(By.tagName("body")).getText();
        return message + " — at " + driver.getCurrentUrl() + ", showing: "
                + text.substring(0, Math.min(400, text.length())).replace('\n', ' ');
    }

    /** Saves what the page shows now, for the record and for a person to look at. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temp profile is harmless; the test's outcome stands.
        }
    }
}
