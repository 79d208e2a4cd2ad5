package vn.hoso.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.DemoUsers;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.PageStatus;

/**
 * The screens beside the search in a real headless Chromium over the demo archive: an auditor downloads an original
 * and sees its checksum verified in the browser, runs a fixity check and opens the audit trail; an officer saves a
 * search and runs it again from the list; an administrator reads the scanner profiles and the service's health.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoso.demo=true")
class BackOfficeInBrowserTest {

    private static final String CODE = "QT-LS-000101";
    private static final List<String> DEMO_CODES =
            List.of(CODE, "QT-TB-000102", "QT-BM-000103", "QT-HH-000104", "QT-LS-000105");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path folder;

    static Browser browser;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.hot-folder.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void demoArchiveIsRecognised(@Autowired Dossiers dossiers) throws InterruptedException {
        for (int i = 0; i < 720; i++) {
            boolean pending = DEMO_CODES.stream().anyMatch(code -> dossiers.find(code)
                    .map(d -> d.pages().isEmpty() || d.pages().stream().anyMatch(p -> p.status() == PageStatus.PENDING))
                    .orElse(true));
            if (!pending) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("demo archive still being recognised after 180 s");
    }

    @Test
    void anAuditorDownloadsAnOriginalAndSeesItsChecksumVerified() throws Exception {
        String recorded = recordedSha256(CODE, 1);
        signIn("auditor1", "/auditor.html");
        WebElement code = waitFor(By.id("orig-code"));
        code.sendKeys(CODE);
        browser.driver.findElement(By.id("orig-seq")).sendKeys("1", Keys.ENTER);

        WebElement verdict = browser.waitUpTo(WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#orig-verdict[data-verdict]")));
        assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("match");
        assertThat(verdict.getText()).contains("Đã kiểm tra: khớp");
        assertThat(browser.driver.findElement(By.id("orig-hex")).getText()).isEqualTo(recorded);
        assertThat(browser.driver.findElement(By.id("orig-header")).getText()).isEqualTo(recorded);
        assertThat(browser.driver.findElement(By.id("orig-repr")).getText()).isEqualTo(recorded);
        WebElement save = browser.driver.findElement(By.id("orig-save"));
        assertThat(save.getDomAttribute("href")).startsWith("blob:");
        assertThat(save.getDomAttribute("download")).isNotBlank();
        browser.screenshot(SCREENSHOTS.resolve("auditor-original.png"));

        browser.driver.findElement(By.id("fixity-run")).click();
        WebElement fixity = browser.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fixity-verdict[data-intact]")));
        assertThat(fixity.getDomAttribute("data-intact")).isEqualTo("true");
        assertThat(Long.parseLong(
                        browser.driver.findElement(By.id("fixity-checked")).getText()))
                .isPositive();
        scrollTo("fixity");
        browser.screenshot(SCREENSHOTS.resolve("auditor-fixity.png"));

        browser.driver.findElement(By.id("trail-dossier")).sendKeys(CODE);
        browser.driver.findElement(By.id("trail-search")).click();
        WebElement trail =
                browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("trail-table")));
        assertThat(trail.getText())
                .as("the download just made is in the trail, in Vietnamese")
                .contains("auditor1", "Tải bản gốc", CODE, "Thành công");
        browser.driver.findElement(By.id("trail-verify")).click();
        WebElement chain = browser.waitUpTo(WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#trail-verdict[data-intact]")));
        assertThat(chain.getDomAttribute("data-intact")).isEqualTo("true");
        scrollTo("trail");
        browser.screenshot(SCREENSHOTS.resolve("auditor-trail.png"));
    }

    @Test
    void anAuditorOpensTheOriginalOfThePageOnScreenFromTheDossierView() throws Exception {
        String recorded = recordedSha256(CODE, 2);
        signIn("auditor1", "/?code=" + CODE + "&seq=2");
        waitFor(By.id("original-link")).click();

        browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("/auditor.html?code=" + CODE + "&seq=2"));
        WebElement verdict = browser.waitUpTo(WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#orig-verdict[data-verdict]")));
        assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("match");
        assertThat(browser.driver.findElement(By.id("orig-hex")).getText()).isEqualTo(recorded);
    }

    @Test
    void anOfficerIsNotOfferedTheOriginalNorTheBackOfficePages() {
        signIn("officer2", "/?code=" + CODE + "&seq=1");
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-title")));
        browser.waitUpTo(WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#original-link[data-checked]")));
        browser.waitUpTo(WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-role-links='shown']")));

        assertThat(browser.driver.findElement(By.id("original-link")).isDisplayed())
                .isFalse();
        assertThat(browser.driver.findElement(By.id("nav-auditor")).isDisplayed())
                .isFalse();
        assertThat(browser.driver.findElement(By.id("nav-admin")).isDisplayed()).isFalse();
    }

    @Test
    void anOfficerSavesASearchSeesItInTheListAndRunsItAgain() {
        signIn("officer2", "/");
        WebElement box = waitFor(By.id("q"));
        box.sendKeys("thuong", Keys.ENTER);
        browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-card")));
        String found = browser.driver.findElement(By.id("result-count")).getText();

        browser.driver.findElement(By.id("saved-save")).click();
        WebElement name = waitFor(By.id("saved-name"));
        assertThat(name.getDomProperty("value")).isEqualTo("thuong");
        name.clear();
        name.sendKeys("Liệt sĩ tên Thương", Keys.ENTER);
        browser.waitUpTo(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("saved-dialog")));
        assertThat(browser.driver.findElement(By.id("search-notice")).getText()).contains("Liệt sĩ tên Thương");

        browser.driver.findElement(By.id("saved-toggle")).click();
        WebElement run = browser.waitUpTo(WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#saved-list .saved-run")));
        assertThat(run.getText()).isEqualTo("Liệt sĩ tên Thương");
        assertThat(browser.driver.findElement(By.id("export-xlsx")).getDomAttribute("href"))
                .contains("format=xlsx")
                .contains("q=thuong");
        assertThat(browser.driver.findElement(By.id("export-csv")).getDomAttribute("href"))
                .contains("format=csv")
                .contains("q=thuong");
        browser.screenshot(SCREENSHOTS.resolve("search-saved.png"));

        browser.driver.get(base() + "/");
        waitFor(By.id("saved-toggle")).click();
        waitFor(By.cssSelector("#saved-list .saved-run")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("q=thuong"));
        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("result-count"), found));
    }

    @Test
    void anAdministratorSeesTheScannerProfilesAndTheServiceHealth() {
        signIn("admin1", "/");
        WebElement adminLink = waitFor(By.id("nav-admin"));
        assertThat(browser.driver.findElement(By.id("nav-auditor")).isDisplayed())
                .isFalse();
        adminLink.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("/admin.html"));
        browser.waitUpTo(WAIT).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".profile-card"), 4));
        WebElement production =
                browser.driver.findElement(By.cssSelector(".profile-card[data-profile='production-scanner']"));
        assertThat(production
                        .findElement(By.cssSelector("[data-setting='hotFolder']"))
                        .getText())
                .contains("production-scanner");
        WebElement health = waitFor(By.cssSelector("#health-verdict[data-healthy]"));
        assertThat(health.getDomAttribute("data-healthy")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("health-index")).getText()).contains("5 hồ sơ");
        browser.screenshot(SCREENSHOTS.resolve("admin-health.png"));
        scrollTo("profiles");
        browser.screenshot(SCREENSHOTS.resolve("admin-profiles.png"));
    }

    private String recordedSha256(String code, int seq) throws Exception {
        String token =
                Base64.getEncoder().encodeToString(("auditor1:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/api/dossiers/" + code))
                            .header("Authorization", "Basic " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            for (JsonNode page :
                    JsonMapper.builder().build().readTree(response.body()).get("pages")) {
                if (page.get("seq").asInt() == seq) {
                    return page.get("sha256").asString();
                }
            }
        }
        throw new AssertionError(code + " has no page " + seq);
    }

    private void signIn(String user, String path) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base() + "/login");
        browser.signInHere(user, DemoUsers.PASSWORD);
        browser.waitUpTo(WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.driver.get(base() + path);
    }

    private void scrollTo(String id) {
        browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private WebElement waitFor(By locator) {
        return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
