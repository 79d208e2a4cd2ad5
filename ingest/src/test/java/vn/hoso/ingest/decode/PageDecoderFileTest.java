package vn.hoso.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.ingest.decode.Outcomes.failedReason;
import static vn.hoso.ingest.decode.Outcomes.unreadableReason;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.ingest.TestFiles;
import vn.hoso.ingest.TestPages;
import vn.hoso.ingest.decode.internal.ByteSource;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/** The file forms of {@link PageDecoder}: same outcomes as the byte forms, without the file on the heap. */
class PageDecoderFileTest {

    private static final Logger log = LoggerFactory.getLogger(PageDecoderFileTest.class);

    private final PageDecoder decoder =
            new PageDecoder(ScannerProfiles.builtIn().get("default"));

    @TempDir
    Path folder;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private BufferedImage decoded(Path file, int pageIndex) {
        Decoded outcome = decoder.decode(file, pageIndex);
        assertThat(outcome).isInstanceOf(Decoded.Page.class);
        return ((Decoded.Page) outcome).image();
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int[] actualSamples = actual.getRaster().getPixels(0, 0, actual.getWidth(), actual.getHeight(), (int[]) null);
        int[] expectedSamples =
                expected.getRaster().getPixels(0, 0, expected.getWidth(), expected.getHeight(), (int[]) null);
        assertThat(actualSamples).isEqualTo(expectedSamples);
    }

    /**
     * One 200-page LZW TIFF shared by the tests of this group: writing it takes seconds, and every test
     * only reads it.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TwoHundredPageTiff {

        private static final int PAGES = 200;

        private Path tiff;

        @BeforeAll
        void writeTiff(@TempDir Path tiffFolder) throws IOException {
            tiff = NumberedPages.writeTiff(tiffFolder.resolve("200-trang.tif"), PAGES);
        }

        @Test
        void everyPageIsCountedFromTheDirectories() {
            assertThat(decoder.inspect(tiff)).isEqualTo(new Inspection.Readable(ImageFormat.TIFF, PAGES));
        }

        @Test
        void pageOneHundredFiftyIsTheOneReturned() {
            BufferedImage page = decoded(tiff, 149);

            assertThat(NumberedPages.numberOn(page)).isEqualTo(150);
            assertSamePixels(page, NumberedPages.page(150));
        }

        /** {@code decode(Path, int)} is this call over {@code ByteSource.open(path)}; the wrapper only counts. */
        @Test
        void onePageReadsAFewPerCentOfTheFile() throws IOException {
            long fileSize = Files.size(tiff);
            long bytesRead;
            try (CountingSource source = new CountingSource(ByteSource.open(tiff))) {
                Decoded page = decoder.decode(source, 149);
                assertThat(NumberedPages.numberOn(((Decoded.Page) page).image()))
                        .isEqualTo(150);
                bytesRead = source.bytesRead();
            }
            log.info(
                    "decode of page 150 of {}: read {} bytes of a {}-byte file ({}%)",
                    PAGES, bytesRead, fileSize, String.format("%.2f", 100.0 * bytesRead / fileSize));

            assertThat(bytesRead).isLessThan(fileSize / 20);
        }

        @Test
        void inspectingReadsOnlyTheDirectories() throws IOException {
            long fileSize = Files.size(tiff);
            long bytesRead;
            try (CountingSource source = new CountingSource(ByteSource.open(tiff))) {
                assertThat(decoder.inspect(source)).isEqualTo(new Inspection.Readable(ImageFormat.TIFF, PAGES));
                bytesRead = source.bytesRead();
            }
            log.info("inspect of {} pages: read {} bytes of a {}-byte file", PAGES, bytesRead, fileSize);

            assertThat(bytesRead).isLessThan(fileSize / 20);
        }

        @Test
        void decodingOnePageAllocatesFarLessHeapThanTheFileSize() {
            long fileSize = tiff.toFile().length();
            decoded(tiff, 9);
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

            long before = threads.getCurrentThreadAllocatedBytes();
            BufferedImage page = decoded(tiff, 149);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            log.info(
                    "decode of page 150: {} bytes allocated, file {} bytes, decoded page {} bytes",
                    allocated,
                    fileSize,
                    (long) page.getWidth() * page.getHeight());

            // Reading the file into an array would alone allocate its whole size.
            assertThat(NumberedPages.numberOn(page)).isEqualTo(150);
            assertThat(allocated).isLessThan(fileSize / 2);
        }
    }

    @Nested
    class RefusingBadFiles {

        @Test
        void emptyFileIsRefused() throws IOException {
            Path empty = file("scan.tif", new byte[0]);

            assertThat(unreadableReason(decoder.inspect(empty))).isEqualTo("empty file");
            assertThat(failedReason(decoder.decode(empty, 0))).isEqualTo("empty file");
        }

        @Test
        void missingFileIsRefusedNamingIt() {
            Path missing = folder.resolve("khong-co.tif");

            assertThat(unreadableReason(decoder.inspect(missing))).isEqualTo("file cannot be read: " + missing);
            assertThat(failedReason(decoder.decode(missing, 0))).isEqualTo("file cannot be read: " + missing);
        }

        @Test
        void textNamedAsTiffIsRefusedByItsContent() throws IOException {
            Path text =
                    file("scan.tif", (TestPages.NAME + "\n" + TestPages.BIRTH + "\n").getBytes(StandardCharsets.UTF_8));

            assertThat(unreadableReason(decoder.inspect(text))).isEqualTo("not an image or PDF: detected text/plain");
            assertThat(failedReason(decoder.decode(text, 0))).isEqualTo("not an image or PDF: detected text/plain");
        }

        @Test
        void truncatedTiffIsFoundFromItsDirectory() throws IOException {
            Path cut = file(
                    "cut.tif",
                    TestFiles.truncated(TestFiles.tiff(TestPages.strip(TestPages.DECLARATION), "None"), 0.5));

            assertThat(unreadableReason(decoder.inspect(cut)))
                    .startsWith("TIFF is truncated: image data of the page runs past the end of the file")
                    .endsWith(" of " + Files.size(cut) + ")");
            assertThat(failedReason(decoder.decode(cut, 0))).startsWith("TIFF is truncated");
        }

        @Test
        void pngHeaderClaimingTooManyPixelsIsRefusedWithoutDecoding() throws IOException {
            Path bomb = file("bomb.png", TestFiles.pngClaiming(100_000, 100_000));

            String reason = "page is 100000 × 100000 px, over the limit of 150000000 px";
            assertThat(unreadableReason(decoder.inspect(bomb))).isEqualTo(reason);
            assertThat(failedReason(decoder.decode(bomb, 0))).isEqualTo(reason);
        }

        @Test
        void passwordProtectedPdfIsRefused() throws IOException {
            Path locked = file("locked.pdf", TestFiles.passwordProtectedPdf());

            assertThat(unreadableReason(decoder.inspect(locked))).isEqualTo("PDF is password-protected");
            assertThat(failedReason(decoder.decode(locked, 0))).isEqualTo("PDF is password-protected");
        }

        @Test
        void pdfWithoutPagesIsRefused() throws IOException {
            Path empty = file("empty.pdf", TestFiles.pdfWithoutPages());

            assertThat(unreadableReason(decoder.inspect(empty))).isEqualTo("file has no pages");
            assertThat(failedReason(decoder.decode(empty, 0))).isEqualTo("file has no pages");
        }

        @Test
        void fileOverTheByteLimitIsRefusedFromItsLength() throws IOException {
            ScannerProfile strict = new ScannerProfile(
                    "strict",
                    new ScannerProfile.Capture(200, 300),
                    new ScannerProfile.Limits(1024, 150_000_000, 1),
                    new ScannerProfile.Ocr("vie", 3, 60));
            Path big = file("big.tif", new byte[5 * 1024 + 300]);

            assertThat(unreadableReason(new PageDecoder(strict).inspect(big)))
                    .isEqualTo("file is 5.3 KiB, over the limit of 1.0 KiB");
        }

        @Test
        void tiffWithGarbledDataIsAcceptedButItsPageFailsWithTheDecoderReason() throws IOException {
            byte[] garbled =
                    TestFiles.withGarbledImageData(TestFiles.tiff(TestPages.strip(TestPages.DECLARATION), "LZW"));
            Path file = file("garbled.tif", garbled);

            assertThat(decoder.inspect(file)).isEqualTo(new Inspection.Readable(ImageFormat.TIFF, 1));
            assertThat(failedReason(decoder.decode(file, 0)))
                    .startsWith("TIFF is truncated or corrupt and cannot be read: ")
                    .isEqualTo(failedReason(decoder.decode(garbled, 0)));
        }
    }

    @Nested
    class ReadingGoodFiles {

        @Test
        void exifOrientationTurnsAJpegPageUpright() throws IOException {
            BufferedImage marked = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = marked.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 200);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, 100, 50);
            g.dispose();
            Path sideways = file("photo.jpg", TestFiles.withExifOrientation(TestPages.jpeg(marked), 6));

            BufferedImage page = decoded(sideways, 0);

            // Turned 90° clockwise: the black corner moves from top-left to top-right.
            assertThat(page.getWidth()).isEqualTo(200);
            assertThat(page.getHeight()).isEqualTo(400);
            assertThat(page.getRaster().getSample(190, 10, 0)).isLessThan(30);
            assertThat(page.getRaster().getSample(10, 10, 0)).isGreaterThan(225);
        }

        @Test
        void pdfPageIsRenderedFromTheFileAsFromTheBytes() throws IOException {
            byte[] pdf = TestFiles.pdf(List.of(List.of(TestPages.NAME), TestPages.DECLARATION));
            Path file = file("ho-so.pdf", pdf);

            assertThat(decoder.inspect(file)).isEqualTo(new Inspection.Readable(ImageFormat.PDF, 2));
            BufferedImage second = decoded(file, 1);
            assertThat(countDark(second)).isGreaterThan(countDark(decoded(file, 0)));
            assertSamePixels(second, ((Decoded.Page) decoder.decode(pdf, 1)).image());
        }

        @Test
        void mutatedFilesGiveTheSameOutcomeFromTheFileAsFromTheBytes() throws IOException {
            BufferedImage small = TestPages.page(300, 60, List.of("Lãm"));
            List<byte[]> seeds = List.of(
                    TestPages.png(small),
                    TestPages.jpeg(small),
                    TestFiles.tiff(small, "LZW"),
                    TestFiles.tiff(small, "None"),
                    TestFiles.pdf(List.of(List.of("Lãm"))));
            Random random = new Random(1975);
            for (int i = 0; i < 25; i++) {
                byte[] mutated = seeds.get(i % seeds.size()).clone();
                for (int j = 1 + random.nextInt(8); j > 0; j--) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                byte[] bytes = i % 3 == 0 ? Arrays.copyOf(mutated, random.nextInt(mutated.length)) : mutated;
                Path file = file("mutated-" + i, bytes);

                assertThat(decoder.inspect(file))
                        .as("inspect of mutation %d", i)
                        .isEqualTo(decoder.inspect(bytes));
                assertSameOutcome(decoder.decode(file, 0), decoder.decode(bytes, 0), i);
            }
        }

        private static void assertSameOutcome(Decoded fromFile, Decoded fromBytes, int mutation) {
            assertThat(fromFile.getClass())
                    .as("outcome of mutation %d", mutation)
                    .isEqualTo(fromBytes.getClass());
            if (fromFile instanceof Decoded.Page page) {
                assertSamePixels(page.image(), ((Decoded.Page) fromBytes).image());
            } else {
                assertThat(fromFile).as("reason for mutation %d", mutation).isEqualTo(fromBytes);
            }
        }

        private static long countDark(BufferedImage page) {
            int[] samples = page.getRaster().getPixels(0, 0, page.getWidth(), page.getHeight(), (int[]) null);
            return Arrays.stream(samples).filter(v -> v < 128).count();
        }
    }
}
