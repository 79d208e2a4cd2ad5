package vn.hoso.ingest.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.TestPages;
import vn.hoso.ingest.cleanup.internal.GreyRaster;

class PageCleanupTest {

    private final PageCleanup cleanup = new PageCleanup();
    private final BufferedImage clean = TestPages.strip(TestPages.DECLARATION);

    @Test
    void cleanBlackOnWhitePageIsLeftPixelForPixelAsItWas() {
        BufferedImage copy = cleanup.ocrCopy(clean);

        assertThat(pixels(copy)).isEqualTo(pixels(clean));
    }

    @Test
    void shadedPaperBecomesWhiteWhileFadedInkKeepsItsContrast() {
        BufferedImage faded = TestPages.aged(clean, 150, 225, 0);

        BufferedImage copy = cleanup.ocrCopy(faded);

        // Paper darkened by gradual shading (towards the right edge) is lifted to near white ...
        assertThat(faded.getRaster().getSample(clean.getWidth() - 5, 20, 0)).isLessThan(200);
        assertThat(copy.getRaster().getSample(clean.getWidth() - 5, 20, 0)).isGreaterThan(245);
        // ... so paper is nearly one grey across the page, and ink stays well apart from it.
        Levels paperBefore = levels(faded, false);
        Levels paperAfter = levels(copy, false);
        assertThat(paperAfter.spread()).as("paper spread %s before, %s after", paperBefore, paperAfter)
                .isLessThan(paperBefore.spread() / 2);
        assertThat(paperAfter.mean() - levels(copy, true).mean()).isGreaterThan(40);
    }

    @Test
    void noisyPageIsDenoisedButACleanOneIsNot() {
        BufferedImage noisy = TestPages.aged(clean, 60, 235, 10);

        BufferedImage copy = cleanup.ocrCopy(noisy);

        assertThat(GreyRaster.of(noisy).noiseSigma()).isBetween(8.0, 12.0);
        assertThat(GreyRaster.of(copy).noiseSigma()).isLessThan(3.0);
        assertThat(GreyRaster.of(clean).noiseSigma()).isZero();
    }

    @Test
    void colourPageGivesAGreyCopyAndIsNotModified() {
        BufferedImage colour = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        colour.getGraphics().drawImage(clean, 0, 0, null);
        byte[] before = pixels(colour);

        BufferedImage copy = cleanup.ocrCopy(colour);

        assertThat(copy.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(copy.getWidth()).isEqualTo(colour.getWidth());
        assertThat(pixels(colour)).isEqualTo(before);
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

    private static byte[] pixels(BufferedImage image) {
        return (byte[]) image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), null);
    }
}
