package vn.hoso.ingest.cleanup;

import java.awt.image.BufferedImage;
import java.util.Objects;
import vn.hoso.ingest.cleanup.internal.Bitmap;
import vn.hoso.ingest.cleanup.internal.Borders;
import vn.hoso.ingest.cleanup.internal.GreyRaster;
import vn.hoso.ingest.cleanup.internal.InkPoints;
import vn.hoso.ingest.cleanup.internal.Leaders;
import vn.hoso.ingest.cleanup.internal.LineProfiles;
import vn.hoso.ingest.cleanup.internal.Tones;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfile.CleanupStep;

/**
 * Prepares the OCR copy of a page, and the geometry its viewing derivative must share, by the steps a
 * scanner profile lists.
 *
 * <p>The geometric steps (orientation, deskew, border crop) are judged together on one half-resolution
 * analysis of the page's ink and applied in one resampling, since each needs the others' answer: which way
 * is up is read from straightened lines, and borders would skew the line analysis. The tone steps
 * (illumination, contrast, despeckle, binarisation) then run on the OCR copy in the profile's order. The
 * derivative takes only the geometry: it keeps the scan's colour (stamps, signatures, violet ink).
 *
 * <p>Stateless and thread-safe; never modifies the image it is given. Tuned on the sample dossier pages and
 * on generated pages (see {@code ingest/README.md}).
 */
public final class PageCleanup {

    /**
     * Noise level (grey levels, standard deviation) from which the page is median-filtered. Clean scans
     * measure 0; the noisy samples 10-11. A median on a clean page erodes thin strokes and diacritics,
     * so it is applied only where it pays.
     */
    static final double DENOISE_FROM_SIGMA = 3.0;

    /** Tile size for the paper estimate: a few millimetres at 200-300 dpi, larger than a letter's stroke. */
    static final int PAPER_TILE_PX = 64;

    /** The brightest tenth of a tile is taken as paper; even dense text covers less than that. */
    static final double PAPER_QUANTILE = 0.90;

    /**
     * Skew below this many degrees is left alone. A 2000-pixel line drifts by under 7 pixels, which
     * Tesseract's baseline fitting absorbs, while resampling blurs faint strokes and small dots: on faded
     * copies of two sample pages skewed 0.14°, straightening raised the CER from 0.04 to 0.34 and 0.03 to
     * 0.10. Nearest-pixel resampling avoids the blur but reads worse at larger angles (samples 0.062 → 0.074).
     */
    static final double LEAST_SKEW = 0.2;

    private final ScannerProfile.Cleanup settings;

    public PageCleanup(ScannerProfile.Cleanup settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @param page 8-bit grey or BGR, as {@code vn.hoso.ingest.decode} delivers it; not modified */
    public CleanPage clean(BufferedImage page) {
        GreyRaster grey = GreyRaster.of(page);
        int paper = grey.level(PAPER_QUANTILE);
        LineProfiles.Estimate estimate = settings.has(CleanupStep.ORIENTATION) || settings.has(CleanupStep.DESKEW)
                ? LineProfiles.estimate(InkPoints.of(grey))
                : new LineProfiles.Estimate(0, 0, true);
        PageGeometry geometry = turnedAndStraightened(grey, estimate);
        boolean crop = settings.has(CleanupStep.CROP_BORDERS);
        // Uncovered corners are black when borders are cut, so they are cut or painted with the border.
        GreyRaster copy = geometry.isIdentity()
                ? grey
                : geometry.apply(Bitmap.of(grey), 1, crop ? 0 : paper).toGrey();
        if (crop) {
            Borders.Content content = Borders.content(copy, paper);
            geometry = geometry.cropped(
                    new PageGeometry.Crop(content.left(), content.top(), content.width(), content.height()));
            copy = Borders.whitened(
                    copy.cropped(content.left(), content.top(), content.width(), content.height()), paper);
        }
        for (CleanupStep step : settings.steps()) {
            copy = toned(copy, step);
        }
        double ink = copy.inkRatio();
        boolean inDoubt = settings.has(CleanupStep.ORIENTATION) && !estimate.certain();
        return new CleanPage(copy.toImage(), geometry, ink, ink < settings.blankInkRatio(), inDoubt);
    }

    private PageGeometry turnedAndStraightened(GreyRaster grey, LineProfiles.Estimate estimate) {
        PageGeometry geometry = PageGeometry.of(grey.width(), grey.height())
                .turned(settings.has(CleanupStep.ORIENTATION) ? estimate.rotation() : 0);
        return settings.has(CleanupStep.DESKEW) && Math.abs(estimate.skew()) >= LEAST_SKEW
                ? geometry.straightened(estimate.skew())
                : geometry;
    }

    private static GreyRaster toned(GreyRaster page, CleanupStep step) {
        return switch (step) {
            case FLATTEN_ILLUMINATION -> page.backgroundFlattened(PAPER_TILE_PX, PAPER_QUANTILE);
            case RECOVER_CONTRAST -> Tones.contrastRecovered(page);
            case DESPECKLE -> Leaders.removed(page.noiseSigma() >= DENOISE_FROM_SIGMA ? page.median3x3() : page);
            case BINARIZE -> Tones.sauvola(page);
            case ORIENTATION, DESKEW, CROP_BORDERS -> page;
        };
    }
}
