package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.integrity.FixityFinding;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.ocr.TesseractEngine;
import vn.hoso.profiles.ScannerProfile;

/**
 * Classified dossiers over real HTTP with the folder store: marked copies of their pages, unmarked originals, and
 * the fixity job finding a master changed or removed behind the service's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClassifiedPagesApiTest.Findings.class)
class ClassifiedPagesApiTest {

    @TempDir
    static Path folder;

    static final AtomicInteger NEXT_CODE = new AtomicInteger(1);
    static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "1");
    }

    /** Records the fixity findings published as application events, as the audit trail will. */
    static class Findings {
        final List<FixityFinding> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FixityFinding finding) {
            published.add(finding);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    PageStore store;

    @Autowired
    Findings findings;

    ApiClient as(String user) {
        return ApiClient.as(port, user, TestUsers.PASSWORD);
    }

    static String newCode() {
        return "QT-LS-8" + String.format("%05d", NEXT_CODE.getAndIncrement());
    }

    Path onDisk(String key) {
        return folder.resolve("data/storage").resolve(key);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** One recognised Tối mật page that the marking tests only read, so they share it instead of each OCR-ing one. */
    static String secretDossier;

    String secretDossier() throws InterruptedException {
        if (secretDossier == null) {
            String code = newCode();
            Archives.dossierWithOnePage(as("clerk"), code, "SECRET", "Lê Thị Tối", ArchiveApiTest.pageOf("Lê Thị Tối"));
            secretDossier = code;
        }
        return secretDossier;
    }

    @Nested
    class MarkedCopies {

        @Test
        void classifiedViewIsTintedByTheMarkInEveryPartOfThePage() throws Exception {
            String code = secretDossier();

            HttpResponse<byte[]> view = as("auditor").get("/api/dossiers/" + code + "/pages/1/view");

            assertThat(view.statusCode()).isEqualTo(200);
            byte[] stored = store.get("dossiers/" + code + "/pages/1/view.jpg");
            assertThat(view.body()).isNotEqualTo(stored);
            double[] coverage = new WatermarkPixels(view.body(), stored).coverage(3);
            for (double share : coverage) {
                assertThat(share).as("marked share of a ninth of the page").isGreaterThan(0.015);
            }
        }

        @Test
        void markReadsAsLevelUserAndTimeOfTheCopy() throws Exception {
            String code = secretDossier();
            String today = DateTimeFormatter.ISO_LOCAL_DATE.format(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")));

            byte[] served =
                    as("clerk").get("/api/dossiers/" + code + "/pages/1/view").body();

            WatermarkPixels pixels = new WatermarkPixels(served, store.get("dossiers/" + code + "/pages/1/view.jpg"));
            var mask = pixels.maskTurned(30);
            ImageIO.write(mask, "png", folder.resolve("mark-read-back.png").toFile());
            assertThat(Files.isReadable(TESSDATA.resolve("vie.traineddata"))).isTrue();
            String read;
            try (TesseractEngine tesseract = new TesseractEngine(TESSDATA, new ScannerProfile.Ocr("vie", 6, 0))) {
                read = tesseract.recognize(mask).text();
            }
            assertThat(read).contains("TỐI MẬT").contains("clerk").contains(today);
        }

        @Test
        void classifiedThumbnailCarriesTheLevelMark() throws Exception {
            String code = secretDossier();

            byte[] served =
                    as("clerk").get("/api/dossiers/" + code + "/pages/1/thumb").body();

            double[] coverage =
                    new WatermarkPixels(served, store.get("dossiers/" + code + "/pages/1/thumb.jpg")).coverage(1);
            assertThat(coverage[0]).isGreaterThan(0.006);
        }

        @Test
        void unclassifiedViewAndThumbnailAreServedAsStored() throws Exception {
            String code = newCode();
            Archives.dossierWithOnePage(
                    as("clerk"), code, "UNCLASSIFIED", "Đỗ Văn Thường", ArchiveApiTest.pageOf("Đỗ Văn Thường"));

            byte[] view =
                    as("officer").get("/api/dossiers/" + code + "/pages/1/view").body();
            byte[] thumb = as("officer")
                    .get("/api/dossiers/" + code + "/pages/1/thumb")
                    .body();

            assertThat(view).isEqualTo(store.get("dossiers/" + code + "/pages/1/view.jpg"));
            assertThat(thumb).isEqualTo(store.get("dossiers/" + code + "/pages/1/thumb.jpg"));
        }

        @Test
        void originalOfAClassifiedPageIsTheMasterByteForByteUnmarked() throws Exception {
            String code = secretDossier();
            byte[] scan = ArchiveApiTest.pageOf("Lê Thị Tối");
            JsonNode dossier = ApiClient.json(as("auditor").get("/api/dossiers/" + code));

            HttpResponse<byte[]> original = as("auditor").get("/api/dossiers/" + code + "/pages/1/original");

            assertThat(original.statusCode()).isEqualTo(200);
            byte[] master = Files.readAllBytes(onDisk("dossiers/" + code + "/pages/1/master.png"));
            assertThat(original.body()).isEqualTo(master).isEqualTo(scan);
            assertThat(sha256(original.body()))
                    .isEqualTo(dossier.get("pages").get(0).get("sha256").asString())
                    .isEqualTo(original.headers().firstValue("X-Content-SHA256").orElseThrow());
        }
    }

    @Nested
    class Fixity {

        @Test
        void masterWithOneChangedByteIsReportedAsMismatchedWithBothChecksums() throws Exception {
            String code = newCode();
            byte[] scan = ArchiveApiTest.pageOf("Ngô Văn Sửa");
            Archives.dossierWithOnePage(as("clerk"), code, "CONFIDENTIAL", "Ngô Văn Sửa", scan);
            Path master = onDisk("dossiers/" + code + "/pages/1/master.png");
            byte[] corrupted = Files.readAllBytes(master);
            corrupted[corrupted.length / 2] ^= 0x01;
            Files.write(master, corrupted);

            JsonNode report = Archives.fixityRun(as("auditor"), as("auditor"));

            JsonNode finding = only(report.get("mismatched"), code);
            assertThat(finding.get("seq").asInt()).isEqualTo(1);
            assertThat(finding.get("expected").asString()).isEqualTo(sha256(scan));
            assertThat(finding.get("actual").asString()).isEqualTo(sha256(corrupted));
            assertThat(report.get("checked").asInt())
                    .isGreaterThan(report.get("ok").asInt());
            assertThat(findings.published)
                    .anyMatch(f -> f.code().equals(code) && f.problem() == FixityFinding.Problem.MISMATCHED);
            JsonNode audited =
                    ApiClient.json(as("auditor").get("/api/audit?dossier=" + code + "&action=FIXITY_FINDING"));
            assertThat(audited.get("events"))
                    .as("the finding is in the audit trail")
                    .hasSize(1);
            JsonNode event = audited.get("events").get(0);
            assertThat(event.get("outcome").asString()).isEqualTo("ERROR");
            assertThat(event.get("detail").get("problem").asString()).isEqualTo("MISMATCHED");
            assertThat(event.get("detail").get("actual").asString()).isEqualTo(sha256(corrupted));
        }

        @Test
        void deletedMasterIsReportedMissing() throws Exception {
            String code = newCode();
            Archives.dossierWithOnePage(
                    as("clerk"), code, "UNCLASSIFIED", "Hồ Văn Mất", ArchiveApiTest.pageOf("Hồ Văn Mất"));
            Files.delete(onDisk("dossiers/" + code + "/pages/1/master.png"));

            JsonNode report = Archives.fixityRun(as("admin"), as("auditor"));

            assertThat(only(report.get("missing"), code).get("key").asString())
                    .isEqualTo("dossiers/" + code + "/pages/1/master.png");
            assertThat(findings.published)
                    .anyMatch(f -> f.code().equals(code) && f.problem() == FixityFinding.Problem.MISSING);
        }

        @Test
        void untouchedMasterIsCountedOkAndNamedNowhere() throws Exception {
            String code = newCode();
            Archives.dossierWithOnePage(
                    as("clerk"), code, "UNCLASSIFIED", "Lý Văn Lành", ArchiveApiTest.pageOf("Lý Văn Lành"));

            JsonNode report = Archives.fixityRun(as("auditor"), as("auditor"));

            assertThat(report.get("ok").asInt()).isPositive();
            assertThat(report.toString()).doesNotContain(code);
            assertThat(report.get("requestedBy").asString()).isEqualTo("auditor");
            assertThat(report.get("finished").asString()).isNotBlank();
        }

        @Test
        void findingsAboutDossiersAboveTheReadersClearanceAreWithheld() throws Exception {
            String code = newCode();
            Archives.dossierWithOnePage(as("clerk"), code, "SECRET", "Tạ Văn Kín", ArchiveApiTest.pageOf("Tạ Văn Kín"));
            Files.delete(onDisk("dossiers/" + code + "/pages/1/master.png"));

            Archives.fixityRun(as("auditor"), as("auditor"));
            HttpResponse<byte[]> forAdmin = as("admin").get("/api/fixity/latest");

            assertThat(forAdmin.statusCode()).isEqualTo(200);
            assertThat(ApiClient.text(forAdmin)).doesNotContain(code);
            assertThat(ApiClient.json(forAdmin).get("withheld").asInt()).isPositive();
            assertThat(ApiClient.text(as("auditor").get("/api/fixity/latest"))).contains(code);
        }

        @Test
        void onlyAuditorsAndAdministratorsStartRunsOrReadReports() {
            assertThat(as("officer").postEmpty("/api/admin/fixity").statusCode())
                    .isEqualTo(403);
            assertThat(as("clerk").postEmpty("/api/admin/fixity").statusCode()).isEqualTo(403);
            assertThat(as("officer").get("/api/fixity/latest").statusCode()).isEqualTo(403);
            assertThat(ApiClient.anonymous(port).get("/api/fixity/latest").statusCode())
                    .isEqualTo(401);
        }

        private static JsonNode only(JsonNode findings, String code) {
            JsonNode found = null;
            for (JsonNode finding : findings) {
                if (finding.get("code").asString().equals(code)) {
                    assertThat(found).as("one finding for " + code).isNull();
                    found = finding;
                }
            }
            assertThat(found).as("a finding for " + code + " in " + findings).isNotNull();
            return found;
        }
    }
}
