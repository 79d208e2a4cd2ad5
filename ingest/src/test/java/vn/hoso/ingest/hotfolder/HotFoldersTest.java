package vn.hoso.ingest.hotfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoso.ingest.batch.Stacks.page;
import static vn.hoso.ingest.batch.Stacks.separator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.TestPages;
import vn.hoso.ingest.batch.Stacks;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/**
 * The hot folder over real folders, with time under the test's control. {@code production-scanner} (settle 5 s,
 * splits by barcode) watches {@code production-scanner/}; {@code flatbed-fragile} (settle 10 s, no splitting)
 * watches {@code flatbed-fragile/}.
 */
class HotFoldersTest {

    private static final ScannerProfiles PROFILES = ScannerProfiles.builtIn();
    private static final Duration SETTLE =
            PROFILES.get("production-scanner").hotFolder().settle();

    @TempDir
    Path root;

    private final ManualClock clock = new ManualClock();
    private final FakeArchive archive = new FakeArchive();

    private HotFolders hotFolders() {
        List<ScannerProfile> all = PROFILES.names().stream().map(PROFILES::get).toList();
        return new HotFolders(root, all, archive, clock);
    }

    private Path inbox() {
        return root.resolve("production-scanner");
    }

    private Path drop(String relative, byte[] bytes) throws IOException {
        Path file = inbox().resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] png(String text) {
        return TestPages.png(page(text));
    }

    /** Polls, lets the settle time pass, and polls again: what a file that is left alone experiences. */
    private void settleAndPoll(HotFolders hotFolders) {
        hotFolders.pollOnce();
        clock.advance(SETTLE);
        hotFolders.pollOnce();
    }

    private List<String> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }

    private List<String> leftInInbox() throws IOException {
        try (Stream<Path> entries = Files.list(inbox())) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.equals("done") && !name.equals("quarantine"))
                    .toList();
        }
    }

    private String reason(String quarantined) throws IOException {
        return Files.readString(inbox().resolve("quarantine").resolve(quarantined + ".reason.txt"));
    }

    @Nested
    class Settling {

        @Test
        void fileIsTakenOnlyAfterStayingUnchangedForTheSettleTime() throws IOException {
            archive.withDossier("QT-LS-000001");
            drop("QT-LS-000001/p1.png", png("Trang một"));
            HotFolders hotFolders = hotFolders();

            hotFolders.pollOnce();
            clock.advance(SETTLE.minusMillis(1));
            hotFolders.pollOnce();
            assertThat(archive.deliveries).isEmpty();

            clock.advance(Duration.ofMillis(1));
            hotFolders.pollOnce();
            assertThat(archive.dossiers.get("QT-LS-000001")).hasSize(1);
        }

        @Test
        void fileStillBeingWrittenIsNotTaken() throws IOException {
            archive.withDossier("QT-LS-000002");
            byte[] scan = png("Trang đang ghi");
            Path file = drop("QT-LS-000002/p1.png", Arrays.copyOf(scan, scan.length / 2));
            HotFolders hotFolders = hotFolders();
            hotFolders.pollOnce();

            clock.advance(SETTLE.minusSeconds(1));
            Files.write(file, Arrays.copyOfRange(scan, scan.length / 2, scan.length), StandardOpenOption.APPEND);
            hotFolders.pollOnce();
            clock.advance(Duration.ofSeconds(2));
            hotFolders.pollOnce();
            assertThat(archive.deliveries)
                    .as("settle time restarts at the last change")
                    .isEmpty();

            clock.advance(SETTLE);
            hotFolders.pollOnce();
            assertThat(archive.dossiers.get("QT-LS-000002")).containsExactly(FakeArchive.sha256(scan));
        }

        @Test
        void fileRewrittenWhileItsFolderIsBeingTakenWaitsForTheNextSettle() throws IOException {
            archive.withDossier("QT-LS-000004");
            drop("QT-LS-000004/p1.png", png("Trang một"));
            Path second = drop("QT-LS-000004/p2.png", png("Trang hai, bản nháp"));
            byte[] rescanned = png("Trang hai, bản quét lại");
            Handover scannerStillWriting = delivery -> {
                if (delivery instanceof Delivery.Pages pages && pages.label().equals("p1.png")) {
                    rewrite(second, rescanned);
                }
                return archive.take(delivery);
            };
            HotFolders hotFolders =
                    new HotFolders(root, List.of(PROFILES.get("production-scanner")), scannerStillWriting, clock);

            settleAndPoll(hotFolders);
            assertThat(archive.labels()).containsExactly("p1.png");

            settleAndPoll(hotFolders);
            assertThat(archive.labels()).containsExactly("p1.png", "p2.png");
            assertThat(archive.dossiers.get("QT-LS-000004")).endsWith(FakeArchive.sha256(rescanned));
        }

        private static void rewrite(Path file, byte[] bytes) {
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void copiesInProgressAreLeftAlone() throws IOException {
            archive.withDossier("QT-LS-000003");
            drop("QT-LS-000003/.p1.png.x7Yq", png("rsync"));
            drop("QT-LS-000003/p2.png.part", png("trình duyệt"));

            settleAndPoll(hotFolders());

            assertThat(archive.deliveries).isEmpty();
            assertThat(filesUnder(inbox().resolve("QT-LS-000003"))).containsExactly(".p1.png.x7Yq", "p2.png.part");
        }
    }

    @Nested
    class DossierFolders {

        @Test
        void dossierJsonIsHandedOverBeforeThePagesInFileNameOrder() throws IOException {
            drop("QT-LS-000010/p2.png", png("Trang hai"));
            drop("QT-LS-000010/p1.png", png("Trang một"));
            drop("QT-LS-000010/dossier.json", "{\"code\":\"QT-LS-000010\"}".getBytes(StandardCharsets.UTF_8));

            settleAndPoll(hotFolders());

            assertThat(archive.labels()).containsExactly("description", "p1.png", "p2.png");
            assertThat(archive.dossiers.get("QT-LS-000010")).hasSize(2);
        }

        @Test
        void takenFolderMovesToDoneWithItsName() throws IOException {
            drop("QT-LS-000011/p1.png", png("Trang một"));
            drop("QT-LS-000011/dossier.json", "{}".getBytes(StandardCharsets.UTF_8));

            settleAndPoll(hotFolders());

            assertThat(leftInInbox()).isEmpty();
            assertThat(filesUnder(inbox().resolve("done")))
                    .containsExactly("QT-LS-000011/dossier.json", "QT-LS-000011/p1.png");
        }

        @Test
        void folderNamedByNoDossierCodeIsQuarantinedWithReason() throws IOException {
            drop("hồ sơ ông Thường/p1.png", png("Trang"));

            settleAndPoll(hotFolders());

            assertThat(archive.deliveries).isEmpty();
            assertThat(filesUnder(inbox().resolve("quarantine")))
                    .containsExactly("hồ sơ ông Thường.reason.txt", "hồ sơ ông Thường/p1.png");
            assertThat(reason("hồ sơ ông Thường")).contains("is not a dossier code");
        }

        @Test
        void refusedDossierJsonQuarantinesTheWholeFolder() throws IOException {
            drop("QT-LS-000012/p1.png", png("Trang"));
            drop("QT-LS-000012/dossier.json", "{\"bad\":true}".getBytes(StandardCharsets.UTF_8));

            settleAndPoll(hotFolders());

            assertThat(archive.dossiers).doesNotContainKey("QT-LS-000012");
            assertThat(leftInInbox()).isEmpty();
            assertThat(reason("QT-LS-000012")).contains("dossier.json was refused: category: must not be null");
        }

        @Test
        void pagesForADossierThatDoesNotExistAreQuarantinedWithTheArchivesReason() throws IOException {
            drop("QT-LS-000013/p1.png", png("Trang"));

            settleAndPoll(hotFolders());

            assertThat(filesUnder(inbox().resolve("quarantine")))
                    .containsExactly("QT-LS-000013/p1.png", "QT-LS-000013/p1.png.reason.txt");
            assertThat(reason("QT-LS-000013/p1.png")).contains("dossier QT-LS-000013 does not exist");
        }

        @Test
        void folderInsideADossierFolderIsQuarantined() throws IOException {
            archive.withDossier("QT-LS-000014");
            drop("QT-LS-000014/scans/p1.png", png("Trang"));

            settleAndPoll(hotFolders());

            assertThat(reason("QT-LS-000014/scans")).contains("a folder inside a dossier folder is not taken");
        }

        @Test
        void nameAlreadyInDoneGetsANumberInsteadOfOverwriting() throws IOException {
            archive.withDossier("QT-LS-000015");
            HotFolders hotFolders = hotFolders();
            drop("QT-LS-000015/p1.png", png("Lần một"));
            settleAndPoll(hotFolders);
            drop("QT-LS-000015/p1.png", png("Lần hai"));
            settleAndPoll(hotFolders);

            assertThat(filesUnder(inbox().resolve("done")))
                    .containsExactly("QT-LS-000015/p1-2.png", "QT-LS-000015/p1.png");
        }
    }

    @Nested
    class ScannedStacks {

        @Test
        void stackIsSplitIntoTheDossiersItsSeparatorsName() throws IOException {
            archive.withDossier("QT-LS-000020").withDossier("QT-LS-000021");
            drop(
                    "hop-12.tif",
                    Stacks.tiff(
                            separator("QT-LS-000020"),
                            page("A một"),
                            page("A hai"),
                            separator("QT-LS-000021"),
                            page("B một")));

            settleAndPoll(hotFolders());

            assertThat(archive.labels()).containsExactly("hop-12.tif pages 2–3", "hop-12.tif pages 5");
            assertThat(archive.dossiers.get("QT-LS-000020")).hasSize(1);
            assertThat(archive.dossiers.get("QT-LS-000021")).hasSize(1);
            assertThat(filesUnder(inbox().resolve("done"))).containsExactly("hop-12.tif");
        }

        @Test
        void pagesBeforeTheFirstSeparatorStayWithTheFoldersDossier() throws IOException {
            archive.withDossier("QT-LS-000022").withDossier("QT-LS-000023");
            drop("QT-LS-000022/hop.tif", Stacks.tiff(page("Của 22"), separator("QT-LS-000023"), page("Của 23")));

            settleAndPoll(hotFolders());

            assertThat(archive.deliveries)
                    .extracting(Delivery::dossierCode)
                    .containsExactly("QT-LS-000022", "QT-LS-000023");
        }

        @Test
        void looseStackWithPagesBeforeTheFirstSeparatorIsQuarantinedWhole() throws IOException {
            archive.withDossier("QT-LS-000024");
            drop("hop-13.tif", Stacks.tiff(page("Trang lạc"), separator("QT-LS-000024"), page("Trang")));

            settleAndPoll(hotFolders());

            assertThat(archive.deliveries).isEmpty();
            assertThat(reason("hop-13.tif")).contains("pages 1 come before the first separator sheet");
        }

        @Test
        void looseFileUnderAProfileThatDoesNotSplitIsQuarantined() throws IOException {
            Path file = root.resolve("flatbed-fragile/trang.png");
            Files.createDirectories(file.getParent());
            Files.write(file, png("Trang"));
            HotFolders hotFolders = hotFolders();

            hotFolders.pollOnce();
            clock.advance(Duration.ofSeconds(10));
            hotFolders.pollOnce();

            assertThat(Files.readString(root.resolve("flatbed-fragile/quarantine/trang.png.reason.txt")))
                    .contains("does not split stacks by barcode");
        }

        @Test
        void stackOfferedAgainAfterAFailureMidwayAddsEachSectionOnce() throws IOException {
            archive.withDossier("QT-LS-000025").withDossier("QT-LS-000026");
            drop("hop-14.tif", Stacks.tiff(separator("QT-LS-000025"), page("A"), separator("QT-LS-000026"), page("B")));
            HotFolders hotFolders = hotFolders();
            archive.failAtCall(2);
            settleAndPoll(hotFolders);
            assertThat(leftInInbox())
                    .as("a file leaves only when all of it is in")
                    .containsExactly("hop-14.tif");

            settleAndPoll(hotFolders);

            assertThat(archive.dossiers.get("QT-LS-000025")).hasSize(1);
            assertThat(archive.dossiers.get("QT-LS-000026")).hasSize(1);
            assertThat(filesUnder(inbox().resolve("done"))).containsExactly("hop-14.tif");
        }
    }

    @Nested
    class Failures {

        @Test
        void fileTheArchiveKeepsFailingOnIsQuarantinedAfterFiveAttempts() throws IOException {
            archive.withDossier("QT-LS-000030");
            drop("QT-LS-000030/p1.png", png("Trang"));
            archive.failNext(5);
            HotFolders hotFolders = hotFolders();

            for (int attempt = 1; attempt <= 4; attempt++) {
                settleAndPoll(hotFolders);
            }
            assertThat(leftInInbox()).containsExactly("QT-LS-000030");
            settleAndPoll(hotFolders);

            assertThat(leftInInbox()).isEmpty();
            assertThat(reason("QT-LS-000030")).contains("not taken after 5 attempts", "storage is down");
        }

        @Test
        void twoProfilesMayNotShareAnInbox() {
            ScannerProfile production = PROFILES.get("production-scanner");
            ScannerProfile twin = new ScannerProfile(
                    "twin",
                    production.capture(),
                    production.limits(),
                    production.cleanup(),
                    production.ocr(),
                    production.batch(),
                    production.hotFolder());

            assertThatThrownBy(() -> new HotFolders(root, List.of(production, twin), archive, clock))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("production-scanner");
        }
    }
}
