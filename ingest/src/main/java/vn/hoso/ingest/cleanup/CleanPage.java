package vn.hoso.ingest.cleanup;

import java.awt.image.BufferedImage;
import java.util.Objects;
import vn.hoso.ingest.cleanup.internal.Bitmap;

/**
 * A page made ready for OCR.
 *
 * @param ocrCopy 8-bit grey, upright as far as cleanup could tell, straightened, cropped, toned;
 *     {@code geometry.width() × geometry.height()}
 * @param geometry how {@code ocrCopy} and the viewing derivative relate to the decoded page
 * @param inkRatio share of dark pixels on {@code ocrCopy}, 0..1
 * @param blank whether {@code inkRatio} is below the profile's {@code blankInkRatio}
 * @param orientationInDoubt whether the profile asks for orientation but the page's own lines did not show
 *     which way is up; an engine's orientation detection should decide
 */
public record CleanPage(
        BufferedImage ocrCopy, PageGeometry geometry, double inkRatio, boolean blank, boolean orientationInDoubt) {

    public CleanPage {
        Objects.requireNonNull(ocrCopy, "ocrCopy");
        Objects.requireNonNull(geometry, "geometry");
    }

    /** This page turned a further {@code degrees} clockwise (0, 90, 180 or 270); pixels are moved, not resampled. */
    public CleanPage turned(int degrees) {
        PageGeometry turn =
                PageGeometry.of(ocrCopy.getWidth(), ocrCopy.getHeight()).turned(degrees);
        BufferedImage copy = turn.apply(Bitmap.of(ocrCopy), 1, 255).toImage();
        return new CleanPage(copy, geometry.turned(degrees), inkRatio, blank, false);
    }
}
