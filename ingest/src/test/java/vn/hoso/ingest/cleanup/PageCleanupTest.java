package vn.hoso.ingest.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.ingest.TestPages;
import vn.hoso.ingest.TestScans;
import vn.hoso.ingest.cleanup.internal.GreyRaster;
import vn.hoso.profiles.ScannerProfile.Cleanup;
import vn.hoso.profiles.ScannerProfile.CleanupStep;

/** Cleanup on rendered pages, without OCR: geometry found, pixels as expected. */
class PageCleanupTest {

    private static final BufferedImage NOTICE = TestScans.notice();

    private final PageCleanup standard = new PageCleanup(Cleanup.STANDARD);

    private static PageCleanup only(CleanupStep... steps) {
        return new PageCleanup(new Cleanup(List.of(steps), Cleanup.STANDARD.blankInkRatio()));
    }

    @Test
    void cleanUprightPageIsLeftPixelForPixelAsItWas() {
        CleanPage page = standard.clean(NOTICE);

        assertThat(page.geometry().isIdentity()).isTrue();
        assertThat(page.ocrCopy().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(pixels(page.ocrCopy())).isEqualTo(pixels(NOTICE));
        assertThat(page.blank()).isFalse();
    }

    @Test
    void colourPageGivesAGreyCopyAndIsNotModified() {
        BufferedImage colour = new BufferedImage(NOTICE.getWidth(), NOTICE.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        colour.getGraphics().drawImage(TestScans.tilted(NOTICE, 2), 0, 0, null);
        byte[] before = pixels(colour);

        CleanPage page = standard.clean(colour);

        assertThat(page.ocrCopy().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(page.geometry().skew()).isCloseTo(2, within(0.3));
        assertThat(pixels(colour)).isEqualTo(before);
    }

    @Nested
    class Orientation {

        @ParameterizedTest(name = "scanned turned {0}° clockwise")
        @ValueSource(ints = {0, 90, 180, 270})
        void pageTurnedByAQuarterIsTurnedBackUprightPixelForPixel(int turn) {
            CleanPage page = standard.clean(TestScans.turned(NOTICE, turn));

            assertThat(page.geometry().rotation()).isEqualTo((360 - turn) % 360);
            assertThat(page.orientationInDoubt()).isFalse();
            assertThat(pixels(page.ocrCopy())).isEqualTo(pixels(NOTICE));
        }

        @Test
        void withoutTheOrientationStepAnUpsideDownPageStaysAsScanned() {
            CleanPage page = only(CleanupStep.DESKEW).clean(TestScans.turned(NOTICE, 180));

            assertThat(page.geometry().rotation()).isZero();
            assertThat(page.orientationInDoubt()).isFalse();
        }

        @Test
        void pageWithoutLinesIsLeftForTheEngineToJudge() {
            BufferedImage dots = TestScans.blankSheet();
            java.awt.Graphics2D g = dots.createGraphics();
            g.setColor(java.awt.Color.BLACK);
            for (int i = 0; i < 400; i++) {
                g.fillOval(97 * i % 2300 + 60, 389 * i % 3300 + 60, 14, 14);
            }
            g.dispose();

            assertThat(standard.clean(dots).orientationInDoubt()).isTrue();
        }
    }

    @Nested
    class Deskew {

        @ParameterizedTest(name = "lines rising {0}°")
        @ValueSource(doubles = {-5, -3.7, -1.3, 0.4, 2.2, 4.1, 5})
        void tiltWithinFiveDegreesIsMeasuredWithinThreeTenths(double tilt) {
            CleanPage page = standard.clean(TestScans.tilted(NOTICE, tilt));

            assertThat(page.geometry().skew()).isCloseTo(tilt, within(0.3));
            assertThat(page.geometry().rotation()).isZero();
        }

        @Test
        void straightenedCopyHasLevelLines() {
            CleanPage page = standard.clean(TestScans.tilted(NOTICE, -3.7));

            CleanPage again = standard.clean(page.ocrCopy());

            assertThat(again.geometry().skew()).isZero();
        }

        @Test
        void tiltUnderATenthOfADegreeIsLeftAlone() {
            CleanPage page = standard.clean(TestScans.tilted(NOTICE, 0.05));

            assertThat(page.geometry().skew()).isZero();
            assertThat(page.geometry().isIdentity()).isTrue();
        }

        @Test
        void withoutTheDeskewStepATiltedPageStaysTilted() {
            CleanPage page = only(CleanupStep.ORIENTATION).clean(TestScans.tilted(NOTICE, 3));

            assertThat(page.geometry().skew()).isZero();
        }
    }

    @Nested
    class Borders {

        @Test
        void darkScannerBorderIsCutAwayAndTheTextKept() {
            BufferedImage scan = TestScans.framed(NOTICE, 70, 45);
            byte[] before = pixels(scan);

            CleanPage page = standard.clean(scan);

            assertThat(Arrays.equals(pixels(scan), before))
                    .as("the scan itself is untouched")
                    .isTrue();

            PageGeometry.Crop crop = page.geometry().crop();
            assertThat(crop.left()).isBetween(70, 80);
            assertThat(crop.top()).isBetween(45, 55);
            assertThat(crop.left() + crop.width()).isEqualTo(NOTICE.getWidth());
            assertThat(darkestOnEdges(page.ocrCopy())).isGreaterThan(200);
            assertThat(page.inkRatio()).isCloseTo(standard.clean(NOTICE).inkRatio(), within(0.002));
        }

        @Test
        void borderOfATiltedScanLeavesNoDarkWedgeOnTheStraightenedCopy() {
            CleanPage page = standard.clean(TestScans.tilted(TestScans.framed(NOTICE, 60, 60), 3));

            assertThat(page.geometry().skew()).isCloseTo(3, within(0.3));
            assertThat(darkestOnEdges(page.ocrCopy())).isGreaterThan(200);
        }

        @Test
        void dimlyLitEndOfAPhotographedPageIsNotTakenForBorder() {
            BufferedImage photo = TestScans.framed(dimmedTowardsTop(NOTICE), 70, 45);

            CleanPage page = standard.clean(photo);

            PageGeometry.Crop crop = page.geometry().crop();
            assertThat(crop.top())
                    .as("cut at the table's edge, not into the dim paper")
                    .isBetween(45, 55);
            assertThat(crop.left()).isBetween(70, 80);
            assertThat(page.inkRatio()).isCloseTo(standard.clean(NOTICE).inkRatio(), within(0.004));
        }

        /** Paper at half brightness along the top, full at the bottom: a page lit from below. */
        private static BufferedImage dimmedTowardsTop(BufferedImage page) {
            BufferedImage out = TestScans.copy(page);
            for (int y = 0; y < out.getHeight(); y++) {
                double light = 0.5 + 0.5 * y / (out.getHeight() - 1);
                for (int x = 0; x < out.getWidth(); x++) {
                    out.getRaster().setSample(x, y, 0, (int) (out.getRaster().getSample(x, y, 0) * light));
                }
            }
            return out;
        }

        @Test
        void withoutTheCropStepTheBorderStays() {
            CleanPage page = only(CleanupStep.FLATTEN_ILLUMINATION).clean(TestScans.framed(NOTICE, 70, 45));

            assertThat(page.geometry().isIdentity()).isTrue();
            assertThat(darkestOnEdges(page.ocrCopy())).isLessThan(50);
        }

        private static int darkestOnEdges(BufferedImage image) {
            int darkest = 255;
            int w = image.getWidth();
            int h = image.getHeight();
            for (int x = 0; x < w; x++) {
                darkest = Math.min(
                        darkest,
                        Math.min(
                                image.getRaster().getSample(x, 0, 0),
                                image.getRaster().getSample(x, h - 1, 0)));
            }
            for (int y = 0; y < h; y++) {
                darkest = Math.min(
                        darkest,
                        Math.min(
                                image.getRaster().getSample(0, y, 0),
                                image.getRaster().getSample(w - 1, y, 0)));
            }
            return darkest;
        }
    }

    @Nested
    class Tones {

        private final BufferedImage clean = TestPages.strip(TestPages.DECLARATION);

        @Test
        void shadedPaperBecomesWhiteWhileFadedInkKeepsItsContrast() {
            BufferedImage faded = TestPages.aged(clean, 150, 225, 0);

            BufferedImage copy =
                    only(CleanupStep.FLATTEN_ILLUMINATION).clean(faded).ocrCopy();

            // Paper darkened by gradual shading (towards the right edge) is lifted to near white ...
            assertThat(faded.getRaster().getSample(clean.getWidth() - 5, 20, 0)).isLessThan(200);
            assertThat(copy.getRaster().getSample(clean.getWidth() - 5, 20, 0)).isGreaterThan(245);
            // ... so paper is nearly one grey across the page, and ink stays well apart from it.
            Levels paperBefore = levels(faded, false);
            Levels paperAfter = levels(copy, false);
            assertThat(paperAfter.spread())
                    .as("paper spread %s before, %s after", paperBefore, paperAfter)
                    .isLessThan(paperBefore.spread() / 2);
            assertThat(paperAfter.mean() - levels(copy, true).mean()).isGreaterThan(40);
        }

        @Test
        void fadedInkIsDarkenedBackToBlackOnWhite() {
            BufferedImage faded = TestPages.aged(clean, 170, 225, 0);
            PageCleanup recovering = only(CleanupStep.FLATTEN_ILLUMINATION, CleanupStep.RECOVER_CONTRAST);

            BufferedImage copy = recovering.clean(faded).ocrCopy();

            assertThat(levels(copy, true).mean()).isLessThan(40);
            assertThat(levels(copy, false).mean()).isGreaterThan(245);
        }

        @Test
        void darkInkIsLeftAsItIsByContrastRecovery() {
            assertThat(pixels(only(CleanupStep.RECOVER_CONTRAST).clean(clean).ocrCopy()))
                    .isEqualTo(pixels(clean));
        }

        @Test
        void noisyPageIsDenoisedButACleanOneIsNot() {
            BufferedImage noisy = TestPages.aged(clean, 60, 235, 10);

            BufferedImage copy = only(CleanupStep.DESPECKLE).clean(noisy).ocrCopy();

            assertThat(GreyRaster.of(noisy).noiseSigma()).isBetween(8.0, 12.0);
            assertThat(GreyRaster.of(copy).noiseSigma()).isLessThan(3.0);
            assertThat(pixels(only(CleanupStep.DESPECKLE).clean(clean).ocrCopy()))
                    .isEqualTo(pixels(clean));
        }

        @Test
        void dotLeadersOfAFormArePaintedOverWhileTextAndFullStopsStay() {
            String label = "Họ và tên: Nguyễn Văn Thường";
            String ending = "tỉnh Quảng Trị... Hết.";
            BufferedImage form = TestPages.strip(List.of(label + " " + ".".repeat(60), ending));
            BufferedImage text = TestPages.strip(List.of(label, ending));

            BufferedImage copy = only(CleanupStep.DESPECKLE).clean(form).ocrCopy();

            assertThat(Arrays.equals(pixels(copy), pixels(text))).isTrue();
        }

        @Test
        void binarisedPageIsBlackInkOnWhitePaper() {
            BufferedImage shaded = TestPages.aged(clean, 120, 215, 4);

            BufferedImage copy = only(CleanupStep.BINARIZE).clean(shaded).ocrCopy();

            assertThat(levels(copy, true).mean()).isLessThan(60);
            assertThat(levels(copy, false).mean()).isGreaterThan(250);
            for (byte pixel : pixels(copy)) {
                assertThat(pixel & 0xFF).isIn(0, 255);
            }
        }

        /** Grey-level statistics of the pixels that are ink, or paper, on the clean original. */
        private record Levels(double mean, double spread) {}

        private Levels levels(BufferedImage aged, boolean ink) {
            double sum = 0;
            double squares = 0;
            long count = 0;
            for (int y = 0; y < clean.getHeight(); y++) {
                for (int x = 0; x < clean.getWidth(); x++) {
                    int original = clean.getRaster().getSample(x, y, 0);
                    if (ink ? original < 30 : original > 250) {
                        int value = aged.getRaster().getSample(x, y, 0);
                        sum += value;
                        squares += (double) value * value;
                        count++;
                    }
                }
            }
            double mean = sum / count;
            return new Levels(mean, Math.sqrt(squares / count - mean * mean));
        }
    }

    @Nested
    class Blank {

        @Test
        void emptySheetWithSpecksOfDustIsBlank() {
            CleanPage page = standard.clean(TestScans.blankSheet());

            assertThat(page.blank()).isTrue();
            assertThat(page.inkRatio()).isLessThan(Cleanup.STANDARD.blankInkRatio());
        }

        /** At the standard 0.002, one 12-point line on an A4 sheet measures 0.0014 and three 0.0025. */
        @Test
        void a4SheetWithThreeLinesOfTextIsNotBlank() {
            CleanPage page = standard.clean(TestPages.a4(TestScans.NOTICE.subList(0, 3)));

            assertThat(page.blank()).isFalse();
        }
    }

    private static byte[] pixels(BufferedImage image) {
        return (byte[]) image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), null);
    }
}
