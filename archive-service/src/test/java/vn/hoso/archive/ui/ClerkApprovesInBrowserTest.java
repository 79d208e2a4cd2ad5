package vn.hoso.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.access.DemoUsers;
import vn.hoso.archive.demo.SamplePages;

/**
 * A clerk's day in a real headless Chromium, with the demo archive and its demo users: clerk1 opens a dossier,
 * uploads a three-page TIFF, watches the pages being recognised by Tesseract, puts them in order and submits the
 * dossier; clerk2 approves it and sees it archived. Screenshots of each screen go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoso.demo=true")
class ClerkApprovesInBrowserTest {

    private static final String CODE = "QT-LS-770001";
    private static final String NAME = "Phạm Văn Đồng Chí";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration RECOGNITION = Duration.ofSeconds(240);

    @TempDir
    static Path folder;

    static Browser browser;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
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

    @Test
    void clerkUploadsAMultiPageTiffAndASecondClerkApprovesTheDossier() throws Exception {
        signIn("/clerk.html", "clerk1");
        WebElement code = waitFor(By.id("f-code"), Duration.ofSeconds(15));
        browser.screenshot(SCREENSHOTS.resolve("clerk-home.png"));

        code.sendKeys("ab");
        browser.driver.findElement(By.id("create-form-submit")).click();
        WebElement codeError = waitFor(By.id("f-code-error"), Duration.ofSeconds(5));
        assertThat(codeError.getText()).contains("3–40");
        assertThat(browser.driver.findElement(By.id("f-title")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        fillNewDossier();
        waitFor(By.id("clerk-title"), Duration.ofSeconds(15));
        assertThat(browser.driver.findElement(By.id("dossier-status")).getAttribute("data-status"))
                .isEqualTo("DRAFT");

        browser.driver.findElement(By.id("file-input")).sendKeys(threePageTiff().toString());
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".upload-item[data-state='done']")));
        browser.waitUpTo(RECOGNITION)
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector(".page-card[data-status='RECOGNIZED']"), 3));
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("progress-text"), "data-done", "true"));
        browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> thumbnailsLoaded() == 3);
        assertThat(browser.driver.findElement(By.id("progress-text")).getText()).contains("3/3");
        browser.driver.executeScript("document.getElementById('pages-heading').scrollIntoView()");
        browser.screenshot(SCREENSHOTS.resolve("clerk-pages.png"));

        browser.driver
                .findElement(By.cssSelector(".page-card[data-seq='3'] .move-earlier"))
                .click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> pageOrder().equals(List.of("1", "3", "2")));

        browser.driver.findElement(By.id("submit-dossier")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("dossier-status"), "data-status", "IN_REVIEW"));
        assertThat(browser.driver.findElement(By.id("approve-dossier")).isEnabled())
                .isFalse();

        browser.driver.findElement(By.id("logout")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        signIn("/clerk.html?code=" + CODE, "clerk2");
        WebElement approve = waitFor(By.id("approve-dossier"), Duration.ofSeconds(15));
        browser.screenshot(SCREENSHOTS.resolve("clerk-review.png"));
        approve.click();

        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("dossier-status"), "data-status", "ARCHIVED"));
        assertThat(browser.driver.findElement(By.id("dossier-status")).getText())
                .isEqualTo("Đã lưu trữ");
        assertThat(browser.driver.findElements(By.id("file-input"))).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("clerk-archived.png"));
    }

    private void signIn(String path, String user) {
        browser.driver.get("http://localhost:" + port + path);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.signInHere(user, DemoUsers.PASSWORD);
    }

    private void fillNewDossier() {
        WebElement code = browser.driver.findElement(By.id("f-code"));
        code.clear();
        code.sendKeys(CODE);
        browser.driver.findElement(By.id("f-title")).sendKeys("Hồ sơ liệt sĩ " + NAME);
        new Select(browser.driver.findElement(By.id("f-category"))).selectByValue("MARTYR");
        new Select(browser.driver.findElement(By.id("f-confidentiality"))).selectByValue("UNCLASSIFIED");
        browser.driver.findElement(By.id("f-fullName")).sendKeys(NAME);
        browser.driver.findElement(By.id("f-birthYear")).sendKeys("1946");
        browser.driver.findElement(By.id("f-hometown")).sendKeys("xã Triệu Phong, tỉnh Quảng Trị");
        browser.driver.findElement(By.id("create-form-submit")).click();
    }

    /** Three rendered pages of a martyr's papers in one TIFF, as a production scanner delivers a dossier. */
    private static Path threePageTiff() throws Exception {
        List<BufferedImage> pages = List.of(
                SamplePages.render(
                        List.of(
                                "  GIẤY BÁO TỬ",
                                "",
                                "Họ và tên: " + NAME,
                                "Sinh năm: 1946",
                                "Quê quán: xã Triệu Phong, tỉnh Quảng Trị"),
                        11),
                SamplePages.render(
                        List.of("  GIẤY CHỨNG NHẬN", "", "Đồng chí " + NAME, "Đã hy sinh ngày 3 tháng 5 năm 1968"), 12),
                SamplePages.render(List.of("  BẢN TRÍCH LỤC", "", "Họ và tên: " + NAME, "Đơn vị: Tiểu đoàn 3"), 13));
        Path tiff = folder.resolve("ho-so-" + CODE + ".tif");
        Files.write(tiff, SamplePages.tiff(pages));
        return tiff;
    }

    private WebElement waitFor(By locator, Duration timeout) {
        return browser.waitUpTo(timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private long thumbnailsLoaded() {
        return ((Number) browser.driver.executeScript("return [...document.querySelectorAll('.page-card img')]"
                        + ".filter(img => img.complete && img.naturalWidth > 0).length"))
                .longValue();
    }

    /** Read in one script call: the page list is redrawn while recognition is polled, so elements go stale. */
    @SuppressWarnings("unchecked")
    private List<String> pageOrder() {
        return (List<String>) browser.driver.executeScript(
                "return [...document.querySelectorAll('.page-card')].map(card => card.dataset.seq)");
    }
}
