package vn.hoso.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.demo.SamplePages;
import vn.hoso.archive.dossier.Category;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.NewDossier;
import vn.hoso.archive.dossier.PageStatus;
import vn.hoso.archive.page.PageIntake;

/** A policy officer in a real headless Chromium: signs in, searches a name without diacritics, opens the hit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoso.demo=false")
class OfficerSearchInBrowserTest {

    private static final String CODE = "QT-LS-880001";
    private static final String NAME = "Nguyễn Văn Thường";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path folder;

    static Browser browser;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
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
    void officerFindsANameTypedWithoutDiacriticsAndOpensThePage(
            @Autowired Dossiers dossiers, @Autowired PageIntake intake) throws Exception {
        Caller clerk = new Caller("clerk", Set.of(Role.CLERK), Confidentiality.SECRET);
        dossiers.create(
                new NewDossier(
                        CODE,
                        "Hồ sơ liệt sĩ " + NAME,
                        Category.MARTYR,
                        Confidentiality.UNCLASSIFIED,
                        new NewDossier.Person(NAME, 1948, "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị")),
                clerk);
        byte[] scan = SamplePages.png(SamplePages.render(
                List.of(
                        "  GIẤY BÁO TỬ",
                        "",
                        "Họ và tên: " + NAME,
                        "Sinh năm: 1948",
                        "Quê quán: xã Hải Dương, huyện Hải Lăng"),
                7));
        intake.receive(CODE, List.of(new PageIntake.Received("bao-tu.png", "image/png", scan)), clerk);
        awaitRecognised(dossiers);

        browser.driver.get("http://localhost:" + port + "/");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-ready", "true"));
        browser.screenshot(SCREENSHOTS.resolve("login.png"));
        browser.signInHere("officer", TestUsers.PASSWORD);

        WebElement box = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        box.sendKeys("nguyen van thuong", Keys.ENTER);
        WebElement card = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".result-card[data-code='" + CODE + "']")));
        browser.screenshot(SCREENSHOTS.resolve("search.png"));

        assertThat(card.findElement(By.cssSelector(".name")).getText()).isEqualTo(NAME);
        assertThat(browser.driver.findElement(By.id("result-count")).getText()).contains("1");

        card.findElement(By.cssSelector(".name")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-text"), NAME));
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("page-image"), "data-drawn", "true"));
        browser.screenshot(SCREENSHOTS.resolve("dossier.png"));

        browser.driver.findElement(By.id("logout")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.driver.get(browser.driver.getCurrentUrl().replaceFirst("/login.*$", "/?q=nguyen"));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.driver.findElements(By.cssSelector(".result-card")))
                .as("after logging out, the search page is not shown again")
                .isEmpty();
    }

    private static void awaitRecognised(Dossiers dossiers) throws InterruptedException {
        for (int i = 0; i < 360; i++) {
            var page = dossiers.find(CODE).orElseThrow().pages().getFirst();
            if (page.status() != PageStatus.PENDING) {
                assertThat(page.status()).isEqualTo(PageStatus.RECOGNIZED);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("page of " + CODE + " still pending after 90 s");
    }
}
