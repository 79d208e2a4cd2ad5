package vn.hoso.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoso.ingest.batch.Stacks.page;
import static vn.hoso.ingest.batch.Stacks.separator;
import static vn.hoso.ingest.batch.Stacks.tiff;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.TestFiles;
import vn.hoso.ingest.decode.Decoded;
import vn.hoso.ingest.decode.Inspection;
import vn.hoso.ingest.decode.PageDecoder;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

class BatchSplitterTest {

    private static final ScannerProfile PROFILE = ScannerProfiles.builtIn().get("production-scanner");

    private final BatchSplitter splitter = new BatchSplitter(PROFILE);

    private StackSplit.Separated separated(byte[] stack) {
        StackSplit split = splitter.split(stack);
        assertThat(split).isInstanceOf(StackSplit.Separated.class);
        return (StackSplit.Separated) split;
    }

    /** The dossier codes the stack's separators were read as, in order. */
    private List<String> codes(byte[] stack) {
        return separated(stack).sections().stream()
                .map(StackSplit.Section::code)
                .toList();
    }

    @Nested
    class FindingSeparators {

        /** Rows of a 300 dpi sheet holding the Code 128 barcode, and the QR code. */
        private static final int[] CODE_128_BAND = {850, 1200};

        private static final int[] QR_BAND = {1450, 2000};

        private static BufferedImage whitedOut(BufferedImage sheet, int[] rows) {
            var g = sheet.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, rows[0], sheet.getWidth(), rows[1] - rows[0]);
            g.dispose();
            return sheet;
        }

        @Test
        void separatorSheetStartsTheNamedDossier() {
            assertThat(codes(tiff(separator("QT-LS-000101"), page("Giấy báo tử"))))
                    .containsExactly("QT-LS-000101");
        }

        @Test
        void qrCodeAloneIsEnough() {
            BufferedImage sheet = whitedOut(separator("QT-TB-000202"), CODE_128_BAND);

            assertThat(codes(tiff(sheet, page("Biên bản")))).containsExactly("QT-TB-000202");
        }

        @Test
        void qrCodeAloneIsReadSideways() {
            BufferedImage sheet = whitedOut(separator("QT-TB-000204"), CODE_128_BAND);

            assertThat(codes(tiff(Stacks.rotated(sheet, 90), page("Biên bản")))).containsExactly("QT-TB-000204");
        }

        @Test
        void code128AloneIsReadUpsideDown() {
            BufferedImage sheet = whitedOut(separator("QT-TB-000205"), QR_BAND);

            assertThat(codes(tiff(Stacks.rotated(sheet, 181), page("Biên bản"))))
                    .containsExactly("QT-TB-000205");
        }

        @Test
        void code128AloneIsReadWhenTheSheetWasFedSideways() {
            BufferedImage sheet = whitedOut(separator("QT-TB-000203"), QR_BAND);

            assertThat(codes(tiff(Stacks.rotated(sheet, 90), page("Biên bản")))).containsExactly("QT-TB-000203");
        }

        @Test
        void separatorFedSidewaysIsFound() {
            assertThat(codes(tiff(Stacks.rotated(separator("QT-LS-000303"), 90), page("Trang 1"))))
                    .containsExactly("QT-LS-000303");
        }

        @Test
        void separatorUpsideDownAndSkewedIsFound() {
            assertThat(codes(tiff(Stacks.rotated(separator("QT-LS-000404"), 182.5), page("Trang 1"))))
                    .containsExactly("QT-LS-000404");
        }

        @Test
        void slightlySkewedSeparatorIsFound() {
            assertThat(codes(tiff(Stacks.rotated(separator("QT-BB-000505"), -3), page("Trang 1"))))
                    .containsExactly("QT-BB-000505");
        }

        @Test
        void barcodeNotMatchingTheCodePatternIsAnOrdinaryPage() {
            byte[] stack = tiff(page("Đơn đề nghị"), Stacks.pageWithBarcode("RR123456789vn"));

            assertThat(splitter.split(stack)).isInstanceOf(StackSplit.Unseparated.class);
        }
    }

    @Nested
    class Sections {

        @Test
        void separatorSheetsAreNotPagesOfAnyDossier() {
            byte[] stack = tiff(
                    page("Bìa hộp"),
                    separator("QT-LS-000001"),
                    page("A một"),
                    page("A hai"),
                    separator("QT-LS-000002"),
                    page("B một"));

            StackSplit.Separated split = separated(stack);

            assertThat(split.leadingPages()).containsExactly(0);
            assertThat(split.separatorPages()).containsExactly(1, 4);
            assertThat(split.sections())
                    .containsExactly(
                            new StackSplit.Section("QT-LS-000001", List.of(2, 3)),
                            new StackSplit.Section("QT-LS-000002", List.of(5)));
        }

        @Test
        void separatorWithNoPagesAfterItGivesNoSection() {
            byte[] stack = tiff(
                    separator("QT-LS-000011"), separator("QT-LS-000012"), page("Trang"), separator("QT-LS-000013"));

            assertThat(separated(stack).sections()).containsExactly(new StackSplit.Section("QT-LS-000012", List.of(2)));
        }

        @Test
        void stackWithoutSeparatorsIsLeftWhole() {
            assertThat(splitter.split(tiff(page("Một"), page("Hai")))).isInstanceOf(StackSplit.Unseparated.class);
        }

        @Test
        void fileThatIsNoImageIsLeftWholeForTheArchiveToQuarantine() {
            byte[] text = "not a scan".getBytes(StandardCharsets.UTF_8);

            assertThat(splitter.split(text)).isInstanceOf(StackSplit.Unseparated.class);
        }

        @Test
        void stackWithSeparatorAndAnUnreadablePageIsNotSplit() {
            byte[] stack =
                    TestFiles.withGarbledImageData(tiff(page("Trang hỏng"), separator("QT-LS-000021"), page("Trang")));

            StackSplit split = splitter.split(stack);

            assertThat(split).isInstanceOf(StackSplit.Unsplittable.class);
            assertThat(((StackSplit.Unsplittable) split).reason()).contains("page 1 cannot be read");
        }

        @Test
        void pageRangeIsCountedFromOne() {
            assertThat(new StackSplit.Section("QT-1", List.of(2, 3, 4)).pageRange())
                    .isEqualTo("3–5");
        }
    }

    @Nested
    class Extracts {

        private final byte[] stack = tiff(separator("QT-LS-000031"), page("Trang một"), page("Trang hai"));

        @Test
        void sectionKeepsItsPagesPixelForPixel() {
            byte[] section = splitter.extract(stack, List.of(1, 2));

            PageDecoder decoder = new PageDecoder(PROFILE);
            assertThat(decoder.inspect(section))
                    .isInstanceOfSatisfying(Inspection.Readable.class, readable -> assertThat(readable.pageCount())
                            .isEqualTo(2));
            for (int i = 0; i < 2; i++) {
                assertThat(pixels(decoder.decode(section, i))).isEqualTo(pixels(decoder.decode(stack, i + 1)));
            }
        }

        @Test
        void sameSectionIsTheSameBytesEveryTime() {
            assertThat(splitter.extract(stack, List.of(1, 2))).isEqualTo(splitter.extract(stack, List.of(1, 2)));
        }

        @Test
        void pageThatCannotBeDecodedIsRefused() {
            assertThatThrownBy(() -> splitter.extract(stack, List.of(7)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("page 8");
        }

        private static byte[] pixels(Decoded decoded) {
            assertThat(decoded).isInstanceOf(Decoded.Page.class);
            BufferedImage image = ((Decoded.Page) decoded).image();
            return ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        }
    }
}
