package vn.hoso.archive.hotfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.hotfolder.Scans.dossierJson;
import static vn.hoso.archive.hotfolder.Scans.drop;
import static vn.hoso.archive.hotfolder.Scans.png;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.dossier.PageStatus;

/**
 * The hot folder inside the running service, with real storage and real Tesseract. Every case is dropped into the
 * {@code production-scanner} inbox before the service starts, so they all settle (5 s) together; each test waits
 * for its own outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotFolderServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        Path data = folder.resolve("data");
        registry.add("hoso.data-dir", data::toString);
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "2");
        registry.add("hoso.hot-folder.enabled", () -> "true");
        registry.add("hoso.hot-folder.poll-interval", () -> "250ms");
        dropEveryCase(data.resolve("hot-folder/production-scanner"));
    }

    private static void dropEveryCase(Path inbox) {
        drop(inbox, "QT-HF-000001/dossier.json", dossierJson("QT-HF-000001", "MARTYR", "SECRET", "Nguyễn Văn Lực"));
        drop(inbox, "QT-HF-000001/p1.png", png("GIẤY BÁO TỬ", "Họ và tên: Nguyễn Văn Lực"));
        drop(inbox, "QT-HF-000001/p2.png", png("Sinh năm: 1948", "Quê quán: xã Hải Dương"));
        drop(inbox, "QT-HF-000002/dossier.json", """
                {"code":"QT-HF-000002","title":"Hồ sơ","confidentiality":"UNCLASSIFIED",
                 "subject":{"fullName":"A"}}""");
        drop(inbox, "QT-HF-000002/p1.png", png("Trang"));
        drop(inbox, "qt-hf-thuong/p1.png", png("Trang"));
        drop(inbox, "QT-HF-000003/dossier.json", dossierJson("QT-HF-000003", "WAR_INVALID", "UNCLASSIFIED", "Lê Hòa"));
        drop(inbox, "QT-HF-000003/ghi-chu.tif", "Đây là văn bản, không phải ảnh quét.");
        drop(
                inbox,
                "QT-HF-000004/dossier.json",
                dossierJson("QT-HF-000004", "SICK_SOLDIER", "UNCLASSIFIED", "Tạ Bình"));
        drop(inbox, "QT-HF-000004/p1.png", png("Bệnh binh Tạ Bình"));
        drop(inbox, "QT-HF-000004/p1-lan-hai.png", png("Bệnh binh Tạ Bình"));
        drop(
                inbox,
                "QT-HF-000005/dossier.json",
                dossierJson("QT-HF-000005", "HEROIC_MOTHER", "CONFIDENTIAL", "Phạm Thị Mai"));
        drop(
                inbox,
                "hop-5.tif",
                Scans.tiff(List.of(
                        Scans.separator("QT-HF-000005"),
                        Scans.page("Bà mẹ Phạm Thị Mai"),
                        Scans.page("Quyết định số 12"))));
        drop(inbox, "QT-HF-000006/p1.png", png("Không có hồ sơ"));
    }

    @Autowired
    Dossiers dossiers;

    private static Path inbox() {
        return folder.resolve("data/hot-folder/production-scanner");
    }

    private static <T> T await(String what, Supplier<Optional<T>> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + PATIENCE + ": " + what);
    }

    private Dossier awaitPages(String code, int pages) throws InterruptedException {
        return await(code + " with " + pages + " pages", () -> dossiers.find(code)
                .filter(dossier -> dossier.pages().size() >= pages));
    }

    private static String awaitReason(String quarantined) throws InterruptedException {
        Path reason = inbox().resolve("quarantine").resolve(quarantined + ".reason.txt");
        return await(
                reason.toString(),
                () -> Optional.of(reason).filter(Files::isRegularFile).map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    private static void awaitFile(Path file) throws InterruptedException {
        await(file.toString(), () -> Optional.of(file).filter(Files::isRegularFile));
    }

    @Nested
    class DossierFolders {

        @Test
        void dossierJsonCreatesTheDossierAsTheHotFolderUser() throws InterruptedException {
            Dossier dossier = awaitPages("QT-HF-000001", 2);

            assertThat(dossier.createdBy()).isEqualTo("hot-folder");
            assertThat(dossier.subject().fullName()).isEqualTo("Nguyễn Văn Lực");
            assertThat(dossier.confidentiality()).hasToString("SECRET");
            assertThat(dossier.pages()).extracting(Page::originalName).containsExactly("p1.png", "p2.png");
        }

        @Test
        void pagesAreRecognisedAsUploadsAre() throws InterruptedException {
            Dossier dossier = await("QT-HF-000001 recognised", () -> dossiers.find("QT-HF-000001")
                    .filter(found -> found.pages().size() == 2)
                    .filter(found -> found.pages().stream().allMatch(page -> page.status() != PageStatus.PENDING)));

            assertThat(dossier.pages()).extracting(Page::status).containsOnly(PageStatus.RECOGNIZED);
            assertThat(dossier.pages())
                    .extracting(Page::profile)
                    .as("read with the inbox's profile, not the uploads' default")
                    .containsOnly("production-scanner");
        }

        @Test
        void takenFolderEndsInDoneAndLeavesTheInbox() throws InterruptedException {
            awaitFile(inbox().resolve("done/QT-HF-000001/dossier.json"));

            assertThat(inbox().resolve("done/QT-HF-000001/p1.png")).isRegularFile();
            assertThat(inbox().resolve("QT-HF-000001")).doesNotExist();
        }

        @Test
        void dossierJsonMissingAFieldQuarantinesTheFolderNamingIt() throws InterruptedException {
            assertThat(awaitReason("QT-HF-000002")).contains("dossier.json was refused", "category");
            assertThat(dossiers.find("QT-HF-000002")).isEmpty();
        }

        @Test
        void folderNamedByNoDossierCodeIsQuarantinedWithReason() throws InterruptedException {
            assertThat(awaitReason("qt-hf-thuong")).contains("'qt-hf-thuong' is not a dossier code");
        }

        @Test
        void pagesForADossierThatDoesNotExistAreQuarantinedWithReason() throws InterruptedException {
            assertThat(awaitReason("QT-HF-000006/p1.png")).contains("dossier QT-HF-000006 does not exist");
        }
    }

    @Nested
    class Content {

        @Test
        void corruptFileBecomesAQuarantinedPageAndMovesToDone() throws InterruptedException {
            Dossier dossier = awaitPages("QT-HF-000003", 1);
            awaitFile(inbox().resolve("done/QT-HF-000003/ghi-chu.tif"));

            Page page = dossier.pages().getFirst();
            assertThat(page.status()).isEqualTo(PageStatus.QUARANTINED);
            assertThat(page.reason()).contains("not an image");
        }

        @Test
        void sameContentTwiceIsOnePage() throws InterruptedException {
            awaitFile(inbox().resolve("done/QT-HF-000004/p1.png"));

            assertThat(dossiers.find("QT-HF-000004").orElseThrow().pages()).hasSize(1);
            assertThat(inbox().resolve("done/QT-HF-000004/p1-lan-hai.png")).isRegularFile();
        }

        @Test
        void stackGoesToTheDossierItsSeparatorNamesWithoutTheSeparator() throws InterruptedException {
            Dossier dossier = awaitPages("QT-HF-000005", 2);
            awaitFile(inbox().resolve("done/hop-5.tif"));

            assertThat(dossier.pages()).hasSize(2);
            assertThat(dossier.pages()).extracting(Page::originalName).containsOnly("hop-5.tif pages 2–3");
            assertThat(dossier.pages()).extracting(Page::frame).containsExactly(0, 1);
            assertThat(dossier.pages()).extracting(Page::mediaType).containsOnly("image/tiff");
        }
    }
}
