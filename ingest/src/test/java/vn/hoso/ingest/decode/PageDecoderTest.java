package vn.hoso.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.ingest.decode.Outcomes.failedReason;
import static vn.hoso.ingest.decode.Outcomes.unreadableReason;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.TestFiles;
import vn.hoso.ingest.TestPages;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

class PageDecoderTest {

    private final PageDecoder decoder =
            new PageDecoder(ScannerProfiles.builtIn().get("default"));

    private BufferedImage decoded(byte[] bytes, int pageIndex) {
        Decoded outcome = decoder.decode(bytes, pageIndex);
        assertThat(outcome).isInstanceOf(Decoded.Page.class);
        return ((Decoded.Page) outcome).image();
    }

    /** A small grey image whose top-left quarter is black, so its orientation can be read back. */
    private static BufferedImage markedTopLeft(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    @Nested
    class Tiff {

        @Test
        void sixteenBitGreyIsScaledToEightBitsWithoutGammaShift() throws IOException {
            BufferedImage deep = new BufferedImage(64, 32, BufferedImage.TYPE_USHORT_GRAY);
            for (int x = 0; x < 64; x++) {
                for (int y = 0; y < 32; y++) {
                    deep.getRaster().setSample(x, y, 0, x < 32 ? 0x8080 : 0xFFFF);
                }
            }

            BufferedImage page = decoded(TestFiles.tiff(deep, "LZW"), 0);

            assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(page.getRaster().getSample(0, 0, 0)).isEqualTo(128);
            assertThat(page.getRaster().getSample(63, 0, 0)).isEqualTo(255);
        }

        @Test
        void groupFourAndJpegCompressedPagesDecodeFromOneFile() throws IOException {
            BufferedImage bilevel = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_BINARY);
            Graphics2D g = bilevel.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, 50, 25);
            g.dispose();
            byte[] file = TestFiles.tiff(List.of(bilevel, markedTopLeft(200, 100)), List.of("CCITT T.6", "JPEG"));

            assertThat(decoder.inspect(file)).isEqualTo(new Inspection.Readable(ImageFormat.TIFF, 2));
            BufferedImage groupFour = decoded(file, 0);
            BufferedImage jpegInTiff = decoded(file, 1);
            assertThat(groupFour.getRaster().getSample(10, 10, 0)).isZero();
            assertThat(groupFour.getRaster().getSample(150, 80, 0)).isEqualTo(255);
            assertThat(jpegInTiff.getRaster().getSample(10, 10, 0)).isLessThan(30);
            assertThat(jpegInTiff.getRaster().getSample(150, 80, 0)).isGreaterThan(225);
        }

        @Test
        void truncatedPageIsReportedBeforeDecoding() throws IOException {
            byte[] file = TestFiles.truncated(TestFiles.tiff(TestPages.strip(TestPages.DECLARATION), "None"), 0.6);

            assertThat(unreadableReason(decoder.inspect(file))).startsWith("TIFF is truncated");
            assertThat(failedReason(decoder.decode(file, 0))).startsWith("TIFF is truncated");
        }

        @Test
        void tiffCutBeforeItsDirectoryIsReportedTruncatedNotEmpty() throws IOException {
            // Writers that put the page directory after the image data (TwelveMonkeys, many scanners) leave a cut
            // file whose header points past its end.
            byte[] whole = TestFiles.tiff(TestPages.strip(TestPages.DECLARATION), "None");
            byte[] cut = java.util.Arrays.copyOf(whole, 4096);
            java.nio.ByteBuffer.wrap(cut, 4, 4)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .putInt(whole.length - 200);
            cut[0] = 'I';
            cut[1] = 'I';
            cut[2] = 42;
            cut[3] = 0;

            assertThat(unreadableReason(decoder.inspect(cut)))
                    .isEqualTo("TIFF is truncated: its first page directory at byte " + (whole.length - 200)
                            + " lies past the end of the file (4096 bytes)");
            assertThat(failedReason(decoder.decode(cut, 0))).startsWith("TIFF is truncated");
        }

        @Test
        void pageBeyondTheLastIsAFailureNamingTheCount() throws IOException {
            byte[] file = TestFiles.tiff(List.of(markedTopLeft(8, 8), markedTopLeft(8, 8)), List.of("LZW", "LZW"));

            assertThat(failedReason(decoder.decode(file, 2)))
                    .isEqualTo("page 3 was asked for, but the file has 2 pages");
        }
    }

    @Nested
    class Jpeg {

        @Test
        void exifOrientationTurnsThePageUpright() {
            byte[] sideways = TestFiles.withExifOrientation(TestPages.jpeg(markedTopLeft(400, 200)), 6);

            BufferedImage page = decoded(sideways, 0);

            // Turned 90° clockwise: the black corner moves from top-left to top-right.
            assertThat(page.getWidth()).isEqualTo(200);
            assertThat(page.getHeight()).isEqualTo(400);
            assertThat(page.getRaster().getSample(190, 10, 0)).isLessThan(30);
            assertThat(page.getRaster().getSample(10, 10, 0)).isGreaterThan(225);
        }

        @Test
        void jpegCutShortIsReportedAsTruncated() {
            byte[] cut = TestFiles.truncated(TestPages.jpeg(TestPages.strip(TestPages.DECLARATION)), 0.7);

            assertThat(unreadableReason(decoder.inspect(cut))).startsWith("JPEG is truncated");
            assertThat(failedReason(decoder.decode(cut, 0))).startsWith("JPEG is truncated");
        }

        @Test
        void colourIsKeptAsEightBitBgr() {
            BufferedImage colour = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = colour.createGraphics();
            g.setColor(new Color(200, 30, 30));
            g.fillRect(0, 0, 40, 40);
            g.dispose();

            BufferedImage page = decoded(TestPages.jpeg(colour), 0);

            assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
            assertThat(new Color(page.getRGB(20, 20)).getRed()).isGreaterThan(180);
        }
    }

    @Nested
    class Png {

        @Test
        void transparencyIsFlattenedOntoWhitePaper() {
            BufferedImage clear = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);

            BufferedImage page = decoded(TestPages.png(clear), 0);

            assertThat(page.getColorModel().hasAlpha()).isFalse();
            assertThat(page.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }

        @Test
        void headerClaimingTooManyPixelsIsRefusedWithoutDecoding() {
            byte[] bomb = TestFiles.pngClaiming(100_000, 100_000);

            String reason = "page is 100000 × 100000 px, over the limit of 150000000 px";
            assertThat(unreadableReason(decoder.inspect(bomb))).isEqualTo(reason);
            assertThat(failedReason(decoder.decode(bomb, 0))).isEqualTo(reason);
        }

        @Test
        void corruptedChunkIsReported() {
            byte[] png = TestPages.png(TestPages.strip(List.of(TestPages.BIRTH)));
            png[png.length / 2] ^= 0x5A;

            assertThat(unreadableReason(decoder.inspect(png))).contains("checksum");
        }
    }

    @Nested
    class Limits {

        private final ScannerProfile strict = new ScannerProfile(
                "strict",
                new ScannerProfile.Capture(200, 300),
                new ScannerProfile.Limits(1024, 150_000_000, 1),
                new ScannerProfile.Ocr("vie", 3, 60));

        @Test
        void fileOverTheByteLimitIsRefusedBeforeDetection() {
            byte[] big = new byte[5 * 1024 + 300];

            assertThat(unreadableReason(new PageDecoder(strict).inspect(big)))
                    .isEqualTo("file is 5.3 KiB, over the limit of 1.0 KiB");
        }

        @Test
        void fileOverThePageLimitIsRefused() throws IOException {
            byte[] twoPages = TestFiles.tiff(List.of(markedTopLeft(8, 8), markedTopLeft(8, 8)), List.of("LZW", "LZW"));

            assertThat(unreadableReason(new PageDecoder(strict).inspect(twoPages)))
                    .isEqualTo("file has 2 pages, over the limit of 1");
        }
    }

    @Test
    void typeIsDetectedFromContentSoUnsupportedImagesAreNamed() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(markedTopLeft(10, 10), "gif", gif);

        assertThat(unreadableReason(decoder.inspect(gif.toByteArray())))
                .isEqualTo("unsupported image type image/gif (accepted: TIFF, JPEG, PNG, PDF)");
    }
}
