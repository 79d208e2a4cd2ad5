package vn.hoso.ingest.cleanup.internal;

/**
 * Grey-level operations on an OCR copy whose paper is already flattened to white: contrast recovery for
 * faded ink and local (Sauvola) binarisation.
 */
public final class Tones {

    /** Share of pixels taken as the darkest ink; below a page's ink share, above its noise. */
    private static final double INK_QUANTILE = 0.005;

    /**
     * Ink whose darkest pixels are at or below this level is left alone: Tesseract's own thresholding copes
     * with moderately faded ink, and stretching it amplifies stains and blur. On the sample dossier (paper
     * flattened to 255), stretching the pages whose darkest ink sat at 46 and 88 made them read worse (CER
     * 0.080 → 0.119, 0.051 → 0.072), while the page at 161 went from 0.263 to 0.060.
     */
    static final int FADED_FROM = 100;

    /** Sauvola's sensitivity to local contrast: 0.2-0.5 in the literature for documents. */
    static final double SAUVOLA_K = 0.25;

    /** Sauvola window: tiles of this size, smoothed over their neighbours (≈ 3 × this across). */
    private static final int SAUVOLA_TILE = 16;

    private Tones() {}

    /**
     * Faded ink stretched back to black: the darkest ink maps to 0, paper stays white, linearly between.
     * Returns the page itself when its ink is already dark.
     */
    public static GreyRaster contrastRecovered(GreyRaster page) {
        int ink = page.level(INK_QUANTILE);
        int paper = Math.max(ink + 32, page.level(0.90));
        if (ink <= FADED_FROM || paper > 255) {
            return page;
        }
        int[] curve = new int[256];
        for (int v = 0; v < 256; v++) {
            curve[v] = Math.clamp(Math.round(255f * (v - ink) / (paper - ink)), 0, 255);
        }
        return page.mapped(curve);
    }

    /**
     * Black and white by Sauvola's rule, threshold {@code mean · (1 + k · (deviation / 128 − 1))} over a
     * local window: low-contrast neighbourhoods (paper, stains) fall to white, strokes to black.
     */
    public static GreyRaster sauvola(GreyRaster page) {
        TileField field = TileField.sauvolaThresholds(page, SAUVOLA_TILE, SAUVOLA_K);
        int width = page.width();
        byte[] pixels = page.pixels();
        byte[] out = new byte[pixels.length];
        int[] thresholds = new int[width];
        for (int y = 0; y < page.height(); y++) {
            field.row(y, threshold -> threshold, thresholds);
            for (int x = 0, i = y * width; x < width; x++, i++) {
                out[i] = ((pixels[i] & 0xFF) << 8) < thresholds[x] ? 0 : (byte) 255;
            }
        }
        return new GreyRaster(width, page.height(), out);
    }
}
