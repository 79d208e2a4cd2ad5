package vn.hoso.ingest.cleanup;

import java.awt.image.BufferedImage;
import vn.hoso.ingest.cleanup.internal.GreyRaster;

/**
 * Prepares the OCR copy of a page. Tuned on the sample dossier pages and on generated faded pages:
 * on noisy pages (sigma ≈ 10 grey levels) Tesseract otherwise finds no text at all, and on faded pages
 * with shaded paper the character error rate drops several-fold, while clean pages read the same.
 * Stateless and thread-safe.
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
     * @param page 8-bit grey or BGR, as {@code vn.hoso.ingest.decode} delivers it; not modified
     * @return a new 8-bit grey image of the same size
     */
    public BufferedImage ocrCopy(BufferedImage page) {
        GreyRaster grey = GreyRaster.of(page);
        if (grey.noiseSigma() >= DENOISE_FROM_SIGMA) {
            grey = grey.median3x3();
        }
        return grey.backgroundFlattened(PAPER_TILE_PX, PAPER_QUANTILE).toImage();
    }
}
