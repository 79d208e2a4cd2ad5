package vn.hoso.ingest.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.TestScans;

class PageGeometryTest {

    private static final BufferedImage NOTICE = TestScans.notice();

    private final PageGeometry tiltedAndCropped = PageGeometry.of(NOTICE.getWidth(), NOTICE.getHeight())
            .turned(90)
            .straightened(1.5)
            .cropped(new PageGeometry.Crop(40, 25, 1600, 2300));

    @Test
    void fourQuarterTurnsGiveTheSameGeometryBack() {
        PageGeometry around = tiltedAndCropped
                .turned(90)
                .turned(90)
                .turned(180)
                .turned(0)
                .turned(90)
                .turned(270);

        assertThat(around).isEqualTo(tiltedAndCropped);
    }

    @Test
    void turningTheGeometryDrawsTheSamePictureTurned() {
        BufferedImage turnedAfter = TestScans.turned(tiltedAndCropped.applyTo(NOTICE, 1), 90);

        BufferedImage turnedWithin = tiltedAndCropped.turned(90).applyTo(NOTICE, 1);

        assertThat(turnedWithin.getWidth()).isEqualTo(turnedAfter.getWidth());
        assertThat(turnedWithin.getHeight()).isEqualTo(turnedAfter.getHeight());
        assertThat(largestDifference(turnedWithin, turnedAfter)).isLessThanOrEqualTo(2);
    }

    @Test
    void pureQuarterTurnsMovePixelsWithoutResampling() {
        PageGeometry turned =
                PageGeometry.of(NOTICE.getWidth(), NOTICE.getHeight()).turned(270);

        assertThat(largestDifference(turned.applyTo(NOTICE, 1), TestScans.turned(NOTICE, 270)))
                .isZero();
    }

    @Test
    void halfScaleIsHalfTheSizeOfTheCrop() {
        BufferedImage half = tiltedAndCropped.applyTo(NOTICE, 0.5);

        assertThat(half.getWidth()).isEqualTo(800);
        assertThat(half.getHeight()).isEqualTo(1150);
    }

    @Test
    void cropReachingOutsideTheTurnedPageIsRefused() {
        PageGeometry upright = PageGeometry.of(300, 200);

        assertThatThrownBy(() -> upright.cropped(new PageGeometry.Crop(0, 0, 250, 250)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds the turned page");
        assertThat(upright.turned(90)
                        .cropped(new PageGeometry.Crop(0, 0, 200, 300))
                        .width())
                .isEqualTo(200);
    }

    private static int largestDifference(BufferedImage a, BufferedImage b) {
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                largest = Math.max(
                        largest,
                        Math.abs(
                                a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)));
            }
        }
        return largest;
    }
}
