package vn.hoso.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.TestFiles;
import vn.hoso.ingest.TestPages;
import vn.hoso.ingest.TestScans;
import vn.hoso.ingest.ocr.OcrWord;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/** Runs the real pipeline: Tesseract with the Debian {@code vie} model on pages made in the test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestPipelineTest {

    /** bin/test passes the folder it found; the default is Debian 12's. */
    static final Path TESSDATA =
            Path.of(System.getProperty("hoso.ingest.tessdata", "/usr/share/tesseract-ocr/5/tessdata"));

    static final List<String> DEATH_NOTICE = List.of("Giấy báo tử số 1234/GBT", "Liệt sĩ Trần Đình Lãm");

    private final ScannerProfile profile = ScannerProfiles.builtIn().get("default");
    private final IngestPipeline pipeline = new IngestPipeline(profile, TESSDATA, 2);

    @AfterAll
    void closePipeline() {
        pipeline.close();
    }

    private PageOutcome.Recognized recognized(byte[] bytes, int pageIndex) {
        PageOutcome outcome = pipeline.recognize(bytes, pageIndex);
        assertThat(outcome).isInstanceOf(PageOutcome.Recognized.class);
        return (PageOutcome.Recognized) outcome;
    }

    private String rejection(byte[] bytes, String fileName) {
        Intake intake = pipeline.inspect(bytes, fileName);
        assertThat(intake).isInstanceOf(Intake.Rejected.class);
        return ((Intake.Rejected) intake).reason();
    }

    private String quarantine(byte[] bytes, int pageIndex) {
        PageOutcome outcome = pipeline.recognize(bytes, pageIndex);
        assertThat(outcome).isInstanceOf(PageOutcome.Quarantined.class);
        return ((PageOutcome.Quarantined) outcome).reason();
    }

    private static BufferedImage image(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @Nested
    class Recognising {

        @Test
        void pngPageIsReadWithItsVietnameseDiacriticsIntact() {
            byte[] png = TestPages.png(TestPages.a4(TestPages.DECLARATION));

            assertThat(pipeline.inspect(png, "to-khai.png")).isEqualTo(new Intake.Accepted("image/png", "png", 1));
            PageOutcome.Recognized page = recognized(png, 0);

            assertThat(page.text()).contains(TestPages.NAME, TestPages.BIRTH, TestPages.HOMETOWN);
            assertThat(page.confidence()).isGreaterThan(80);
        }

        @Test
        void derivativesAreBoundedAndWordBoxesLandOnTheViewImage() throws IOException {
            BufferedImage a4 = TestPages.a4(TestPages.DECLARATION);

            PageOutcome.Recognized page = recognized(TestPages.png(a4), 0);

            BufferedImage view = image(page.viewJpeg());
            BufferedImage thumb = image(page.thumbJpeg());
            assertThat(view.getHeight()).isEqualTo(2000).isEqualTo(page.height());
            assertThat(view.getWidth()).isEqualTo(1414).isEqualTo(page.width());
            assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(200);
            OcrWord thuong = page.words().stream()
                    .filter(w -> w.text().equals("Thường"))
                    .findFirst()
                    .orElseThrow();
            Rectangle drawn = drawnBox("Họ và tên: Nguyễn Văn ", "Thường", 0);
            double factor = 2000.0 / TestPages.A4_HEIGHT;
            assertThat(thuong.x() + thuong.width() / 2.0).isCloseTo(drawn.getCenterX() * factor, within(4));
            assertThat(thuong.y() + thuong.height() / 2.0).isCloseTo(drawn.getCenterY() * factor, within(6));
            assertThat((double) thuong.width()).isCloseTo(drawn.width * factor, within(5));
        }

        @Test
        void multiPageLzwTiffIsCountedAndItsSecondPageRead() throws IOException {
            byte[] tiff = TestFiles.tiff(
                    List.of(
                            TestPages.strip(TestPages.DECLARATION),
                            TestPages.strip(DEATH_NOTICE),
                            TestPages.strip(List.of(TestPages.BIRTH))),
                    List.of("LZW", "LZW", "LZW"));

            assertThat(pipeline.inspect(tiff, "QT-LS-000001.tif"))
                    .isEqualTo(new Intake.Accepted("image/tiff", "tif", 3));
            PageOutcome.Recognized second = recognized(tiff, 1);

            assertThat(second.text()).contains("Liệt sĩ Trần Đình Lãm").doesNotContain("Nguyễn");
        }

        @Test
        void pdfPageIsRenderedAtTheProfileResolutionAndRead() throws IOException {
            byte[] pdf = TestFiles.pdf(List.of(DEATH_NOTICE, TestPages.DECLARATION));

            assertThat(pipeline.inspect(pdf, "ho-so.pdf")).isEqualTo(new Intake.Accepted("application/pdf", "pdf", 2));
            PageOutcome.Recognized second = recognized(pdf, 1);

            assertThat(second.text()).contains(TestPages.NAME, TestPages.HOMETOWN);
            assertThat(second.height()).isEqualTo(2000);
        }

        @Test
        void fadedNoisyScanOnShadedPaperIsReadExactly() {
            BufferedImage aged = TestPages.aged(TestPages.strip(TestPages.DECLARATION), 150, 225, 8);

            PageOutcome.Recognized page = recognized(TestPages.png(aged), 0);

            assertThat(page.text()).contains(TestPages.NAME, TestPages.BIRTH);
        }

        @Test
        void pagesRecognisedAtOnceEachGetTheirOwnText() throws Exception {
            List<String> lines = List.of(TestPages.NAME, TestPages.BIRTH, DEATH_NOTICE.get(0), DEATH_NOTICE.get(1));
            ExecutorService callers = Executors.newFixedThreadPool(lines.size());
            try {
                List<Future<PageOutcome>> outcomes = lines.stream()
                        .map(line -> TestPages.png(TestPages.strip(List.of(line))))
                        .map(png -> callers.submit(() -> pipeline.recognize(png, 0)))
                        .toList();
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(((PageOutcome.Recognized) outcomes.get(i).get())
                                    .text()
                                    .strip())
                            .isEqualTo(lines.get(i));
                }
            } finally {
                callers.shutdown();
            }
        }
    }

    @Nested
    class Cleaning {

        @Test
        void pageScannedSidewaysIsReadAndShownUpright() throws IOException {
            PageOutcome.Recognized page = recognized(TestPages.png(TestScans.turned(TestScans.notice(), 90)), 0);

            assertThat(page.rotation()).isEqualTo(270);
            assertThat(page.text()).contains(TestPages.NAME, "Đã hy sinh ngày 12 tháng 7 năm 1972");
            BufferedImage view = image(page.viewJpeg());
            assertThat(view.getWidth()).isGreaterThan(view.getHeight()).isEqualTo(page.width());
        }

        @Test
        void upsideDownPageIsReadUpright() {
            PageOutcome.Recognized page = recognized(TestPages.png(TestScans.turned(TestScans.notice(), 180)), 0);

            assertThat(page.rotation()).isEqualTo(180);
            assertThat(page.text()).contains(TestPages.NAME, "GIẤY BÁO TỬ");
            assertThat(page.flags()).isEmpty();
        }

        @Test
        void wordBoxesOfATurnedTiltedScanLandOnTheUprightStraightView() {
            BufferedImage scan = TestScans.turned(TestScans.tilted(TestScans.notice(), 2.5), 90);

            PageOutcome.Recognized page = recognized(TestPages.png(scan), 0);

            assertThat(page.rotation()).isEqualTo(270);
            assertThat(page.skew()).isCloseTo(2.5, within(0.3));
            double scale = (double) page.width() / TestPages.A4_WIDTH;
            OcrWord thuong = page.words().stream()
                    .filter(w -> w.text().equals("Thường"))
                    .findFirst()
                    .orElseThrow();
            Rectangle drawn = drawnBox("Họ và tên: Nguyễn Văn ", "Thường", 3);
            assertThat(thuong.x() + thuong.width() / 2.0).isCloseTo(drawn.getCenterX() * scale, within(6));
            assertThat(thuong.y() + thuong.height() / 2.0).isCloseTo(drawn.getCenterY() * scale, within(6));
        }

        @Test
        void fadedInkOnYellowedPaperIsRead() {
            BufferedImage faded = TestPages.aged(TestPages.strip(TestPages.DECLARATION), 185, 215, 3);

            PageOutcome.Recognized page = recognized(TestPages.png(faded), 0);

            assertThat(page.text()).contains(TestPages.NAME, TestPages.BIRTH, TestPages.HOMETOWN);
        }

        @Test
        void formDotLeadersAreNotReadAsText() {
            byte[] png = TestPages.png(TestPages.strip(List.of(
                    TestPages.NAME + " " + ".".repeat(70),
                    TestPages.BIRTH + " " + ".".repeat(40) + " Giới tính: Nam " + ".".repeat(20))));

            PageOutcome.Recognized page = recognized(png, 0);

            assertThat(page.text().strip().split("\\s+"))
                    .containsExactly((TestPages.NAME + " " + TestPages.BIRTH + " Giới tính: Nam").split(" "));
        }

        @Test
        void idAndDateDigitsComeOutExactlyAsPrinted() {
            byte[] png = TestPages.png(TestPages.strip(List.of("Số CCCD: 045123456789", "Sinh ngày 12/07/1972")));

            PageOutcome.Recognized page = recognized(png, 0);

            assertThat(page.text()).contains("045123456789", "12/07/1972");
        }

        @Test
        void bytesPassedInAreNotModified() {
            byte[] png =
                    TestPages.png(TestScans.framed(TestScans.tilted(TestPages.strip(TestPages.DECLARATION), 3), 50, 0));
            byte[] master = png.clone();

            PageOutcome.Recognized page = recognized(png, 0);

            assertThat(png).isEqualTo(master);
            assertThat(page.skew()).isCloseTo(3, within(0.3));
        }
    }

    @Nested
    class Flagging {

        @Test
        void clearUprightScanAtTheRequiredResolutionHasNoFlags() {
            PageOutcome.Recognized page = recognized(TestScans.png(TestPages.strip(TestPages.DECLARATION), 300), 0);

            assertThat(page.flags()).isEmpty();
            assertThat(page.rotation()).isZero();
            assertThat(page.skew()).isZero();
        }

        @Test
        void blankBackIsFlaggedBlankAndStillRecognised() {
            PageOutcome.Recognized page = recognized(TestPages.png(TestScans.blankSheet()), 0);

            assertThat(page.flags()).containsExactly(PageFlag.BLANK);
            assertThat(page.text()).isBlank();
            assertThat(page.viewJpeg()).isNotEmpty();
        }

        @Test
        void outOfFocusPhotoReadsBelowTheConfidenceFloorAndIsFlaggedForReview() {
            BufferedImage blurred = TestScans.blurred(TestPages.strip(TestPages.DECLARATION), 10);

            PageOutcome.Recognized page = recognized(TestPages.png(blurred), 0);

            assertThat(page.confidence()).isLessThan(profile.ocr().confidenceFloor());
            assertThat(page.flags()).containsExactly(PageFlag.LOW_CONFIDENCE);
        }

        @Test
        void confidenceFloorIsTheProfiles() {
            ScannerProfile exacting = new ScannerProfile(
                    "exacting",
                    profile.capture(),
                    profile.limits(),
                    profile.cleanup(),
                    new ScannerProfile.Ocr("vie", 3, 99.5),
                    profile.batch(),
                    profile.hotFolder());
            try (IngestPipeline strict = new IngestPipeline(exacting, TESSDATA, 1)) {
                PageOutcome outcome = strict.recognize(TestPages.png(TestPages.strip(List.of(TestPages.NAME))), 0);

                assertThat(((PageOutcome.Recognized) outcome).flags()).containsExactly(PageFlag.LOW_CONFIDENCE);
            }
        }

        @Test
        void scanBelowTheProfilesMinimumResolutionIsFlagged() {
            byte[] png = TestScans.png(TestPages.strip(List.of(TestPages.NAME)), 150);

            PageOutcome.Recognized page = recognized(png, 0);

            assertThat(page.flags()).containsExactly(PageFlag.LOW_RESOLUTION);
            assertThat(page.text()).contains(TestPages.NAME);
        }
    }

    @Nested
    class ReadingFromAFile {

        @Test
        void pageOfAMultiPageTiffFileIsReadAsFromItsBytesWithItsResolution(@TempDir Path dir) throws IOException {
            byte[] tiff = TestFiles.tiff(
                    List.of(TestPages.strip(TestPages.DECLARATION), TestPages.strip(DEATH_NOTICE)),
                    List.of("LZW", "LZW"));
            Path file = Files.write(dir.resolve("QT-LS-000001.tif"), tiff);

            assertThat(pipeline.inspect(file, "QT-LS-000001.tif")).isEqualTo(pipeline.inspect(tiff, "x.tif"));
            PageOutcome fromFile = pipeline.recognize(file, 1);
            PageOutcome fromBytes = pipeline.recognize(tiff, 1);

            assertThat(fromFile).isInstanceOf(PageOutcome.Recognized.class);
            PageOutcome.Recognized page = (PageOutcome.Recognized) fromFile;
            assertThat(page.text())
                    .contains("Liệt sĩ Trần Đình Lãm")
                    .isEqualTo(((PageOutcome.Recognized) fromBytes).text());
            assertThat(page.flags()).isEqualTo(((PageOutcome.Recognized) fromBytes).flags());
        }

        @Test
        void scanBelowTheMinimumResolutionIsFlaggedFromTheFileToo(@TempDir Path dir) throws IOException {
            Path file =
                    Files.write(dir.resolve("low.png"), TestScans.png(TestPages.strip(List.of(TestPages.NAME)), 150));

            PageOutcome outcome = pipeline.recognize(file, 0);

            assertThat(outcome).isInstanceOf(PageOutcome.Recognized.class);
            assertThat(((PageOutcome.Recognized) outcome).flags()).containsExactly(PageFlag.LOW_RESOLUTION);
        }

        @Test
        void missingFileIsRejectedAndItsPageQuarantinedWithTheSystemsReason(@TempDir Path dir) {
            Path gone = dir.resolve("gone.tif");

            assertThat(pipeline.inspect(gone, "gone.tif")).isInstanceOf(Intake.Rejected.class);
            assertThat(pipeline.recognize(gone, 0)).isInstanceOf(PageOutcome.Quarantined.class);
        }
    }

    @Nested
    class RefusingBadInput {

        @Test
        void emptyFileIsRejectedAndQuarantined() {
            assertThat(rejection(new byte[0], "scan.tif")).isEqualTo("empty file");
            assertThat(quarantine(new byte[0], 0)).isEqualTo("empty file");
        }

        @Test
        void textRenamedAsTiffIsRejectedByItsContent() {
            byte[] text = (TestPages.NAME + "\n" + TestPages.BIRTH + "\n").getBytes(StandardCharsets.UTF_8);

            assertThat(rejection(text, "scan.tif")).isEqualTo("not an image or PDF: detected text/plain");
        }

        @Test
        void pngClaimingHundredThousandSquarePixelsIsRejectedFromItsHeader() {
            byte[] bomb = TestFiles.pngClaiming(100_000, 100_000);

            String reason = "page is 100000 × 100000 px, over the limit of 150000000 px";
            assertThat(rejection(bomb, "bomb.png")).isEqualTo(reason);
            assertThat(quarantine(bomb, 0)).isEqualTo(reason);
        }

        @Test
        void truncatedTiffIsRejectedAndItsPageQuarantined() throws IOException {
            byte[] cut = TestFiles.truncated(TestFiles.tiff(TestPages.strip(TestPages.DECLARATION), "None"), 0.5);

            assertThat(rejection(cut, "cut.tif")).startsWith("TIFF is truncated: image data of the page runs past");
            assertThat(quarantine(cut, 0)).startsWith("TIFF is truncated");
        }

        @Test
        void tiffWhoseHeaderIsFineButDataIsGarbledIsQuarantinedWithTheDecoderReason() throws IOException {
            byte[] garbled =
                    TestFiles.withGarbledImageData(TestFiles.tiff(TestPages.strip(TestPages.DECLARATION), "LZW"));

            assertThat(pipeline.inspect(garbled, "garbled.tif")).isInstanceOf(Intake.Accepted.class);
            assertThat(quarantine(garbled, 0)).startsWith("TIFF is truncated or corrupt and cannot be read: ");
        }

        @Test
        void passwordProtectedPdfIsRejected() throws IOException {
            byte[] locked = TestFiles.passwordProtectedPdf();

            assertThat(rejection(locked, "locked.pdf")).isEqualTo("PDF is password-protected");
            assertThat(quarantine(locked, 0)).isEqualTo("PDF is password-protected");
        }

        @Test
        void pdfWithoutPagesIsRejected() throws IOException {
            assertThat(rejection(TestFiles.pdfWithoutPages(), "empty.pdf")).isEqualTo("file has no pages");
        }

        @Test
        void mutatedFilesAreRefusedOrReadButNeverThrow() throws IOException {
            BufferedImage small = TestPages.page(300, 60, List.of("Lãm"));
            List<byte[]> seeds = List.of(
                    TestPages.png(small),
                    TestPages.jpeg(small),
                    TestFiles.tiff(small, "LZW"),
                    TestFiles.tiff(small, "None"),
                    TestFiles.pdf(List.of(List.of("Lãm"))));
            Random random = new Random(2024);
            for (int i = 0; i < 60; i++) {
                byte[] mutated = seeds.get(i % seeds.size()).clone();
                int damaged = 1 + random.nextInt(16);
                for (int j = 0; j < damaged; j++) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                byte[] file = i % 3 == 0 ? Arrays.copyOf(mutated, random.nextInt(mutated.length)) : mutated;

                assertThat(pipeline.inspect(file, "mutated")).isNotNull();
                assertThat(pipeline.recognize(file, 0)).isNotNull();
            }
        }

        @Test
        void pageAfterTheLastIsQuarantinedNamingThePageCount() {
            byte[] png = TestPages.png(TestPages.strip(List.of(TestPages.BIRTH)));

            assertThat(quarantine(png, 1)).isEqualTo("page 2 was asked for, but the file has 1 page");
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void missingLanguageModelFailsAtConstructionNamingTheFileAndPackage(@TempDir Path emptyTessdata) {
            assertThatThrownBy(() -> new IngestPipeline(profile, emptyTessdata, 1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(
                            emptyTessdata.resolve("vie.traineddata").toString())
                    .hasMessageContaining("tesseract-ocr-vie");
        }

        @Test
        void closedPipelineRefusesWork() {
            IngestPipeline closed = new IngestPipeline(profile, TESSDATA, 1);
            closed.close();

            assertThatThrownBy(() -> closed.recognize(TestPages.png(TestPages.strip(List.of(TestPages.BIRTH))), 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    /** Where {@code word}, following {@code before} on line {@code line}, was drawn on the page. */
    private static Rectangle drawnBox(String before, String word, int line) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        FontMetrics metrics = scratch.createGraphics().getFontMetrics(TestPages.font());
        int baseline = TestPages.FIRST_BASELINE + line * TestPages.LINE_PITCH;
        Rectangle glyphs = TestPages.font()
                .createGlyphVector(metrics.getFontRenderContext(), word)
                .getPixelBounds(null, 0, 0);
        return new Rectangle(
                TestPages.MARGIN + metrics.stringWidth(before) + glyphs.x,
                baseline + glyphs.y,
                glyphs.width,
                glyphs.height);
    }

    private static Offset<Double> within(double pixels) {
        return Offset.offset(pixels);
    }
}
