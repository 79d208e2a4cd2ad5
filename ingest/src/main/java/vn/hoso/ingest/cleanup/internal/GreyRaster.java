package vn.hoso.ingest.cleanup.internal;

import java.awt.image.BufferedImage;

/**
 * An 8-bit grey page as a packed pixel array, with the pixel statistics and filters cleanup needs. Every
 * operation returns a new raster; none changes this one. The loops work on the array directly: they run
 * on every page beside Tesseract, on the same cores, so each millisecond here is throughput lost. An
 * instance caches its noise and grey-level measurements and belongs to one thread.
 */
public final class GreyRaster {

    /** Faded typewriter ink on flattened paper stays 60 or more grey levels under it; noise stays well within. */
    static final int INK_CONTRAST = 48;

    private final int width;
    private final int height;
    private final byte[] pixels;
    /** Measured on first use; several steps ask for the same page's noise and paper level. */
    private double noiseSigma = -1;

    private int[] histogram;

    GreyRaster(int width, int height, byte[] pixels) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /**
     * Luma (ITU-R BT.601 weights) of an 8-bit grey or BGR image. A plainly laid-out grey image's array is
     * shared, not copied (see {@link Bitmap#of}): no operation here writes to a raster's pixels.
     */
    public static GreyRaster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return Bitmap.of(image).toGrey();
        }
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("expected 8-bit grey or BGR, got image type " + image.getType());
        }
        byte[] bgr = (byte[]) image.getRaster().getDataElements(0, 0, w, h, null);
        byte[] grey = new byte[w * h];
        for (int i = 0, j = 0; i < grey.length; i++, j += 3) {
            int b = bgr[j] & 0xFF;
            int g = bgr[j + 1] & 0xFF;
            int r = bgr[j + 2] & 0xFF;
            grey[i] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
        }
        return new GreyRaster(w, h, grey);
    }

    /** A {@code TYPE_BYTE_GRAY} image over this raster's array, not a copy (see {@link Bitmap#toImage}). */
    public BufferedImage toImage() {
        return Bitmap.of(this).toImage();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    int pixel(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** The backing array, shared: callers in this package read it and never write it. */
    byte[] pixels() {
        return pixels;
    }

    /**
     * Standard deviation of the sensor or paper noise, in grey levels. Uses the median absolute response
     * of a Laplacian whose kernel cancels smooth shading (Immerkær's operator): on a page most pixels are
     * paper, so text edges do not move the median and clean pages, including bilevel ones, measure 0.
     * Every fourth row is enough for a median over millions of pixels.
     */
    public double noiseSigma() {
        if (noiseSigma < 0) {
            noiseSigma = measuredNoiseSigma();
        }
        return noiseSigma;
    }

    private double measuredNoiseSigma() {
        if (width < 3 || height < 3) {
            return 0;
        }
        int[] histogram = new int[8 * 255 + 1];
        long count = 0;
        int w = width;
        for (int y = 1; y < height - 1; y += 4) {
            int row = y * w;
            for (int c = row + 1; c < row + w - 1; c++) {
                int response = at(c - w - 1)
                        - 2 * at(c - w)
                        + at(c - w + 1)
                        - 2 * at(c - 1)
                        + 4 * at(c)
                        - 2 * at(c + 1)
                        + at(c + w - 1)
                        - 2 * at(c + w)
                        + at(c + w + 1);
                histogram[Math.abs(response)]++;
                count++;
            }
        }
        int median = 0;
        long seen = histogram[0];
        while (seen < (count + 1) / 2) {
            seen += histogram[++median];
        }
        // The operator's output has 6 sigma standard deviation; a half-normal's median is 0.6745 sigma.
        return median / (6 * 0.6745);
    }

    private int at(int index) {
        return pixels[index] & 0xFF;
    }

    /** 3 × 3 median: removes per-pixel noise and speckle while keeping stroke edges. */
    public GreyRaster median3x3() {
        byte[] out = pixels.clone();
        if (width < 3 || height < 3) {
            return new GreyRaster(width, height, out);
        }
        int w = width;
        for (int y = 1; y < height - 1; y++) {
            int row = y * w;
            for (int c = row + 1; c < row + w - 1; c++) {
                out[c] = (byte) Median9.of(
                        at(c - w - 1),
                        at(c - w),
                        at(c - w + 1),
                        at(c - 1),
                        at(c),
                        at(c + 1),
                        at(c + w - 1),
                        at(c + w),
                        at(c + w + 1));
            }
        }
        return new GreyRaster(width, height, out);
    }

    /**
     * Divides every pixel by the local paper brightness, so shaded, yellowed or folded paper becomes
     * white and faded ink keeps its contrast to it. See {@link TileField#paperLevels}.
     */
    public GreyRaster backgroundFlattened(int block, double paperQuantile) {
        TileField paper = TileField.paperLevels(this, block, paperQuantile);
        byte[] out = new byte[pixels.length];
        int[] factors = new int[width];
        for (int y = 0; y < height; y++) {
            paper.row(y, GreyRaster::flatteningFactor, factors);
            for (int x = 0, i = y * width; x < width; x++, i++) {
                out[i] = (byte) Math.min(255, ((pixels[i] & 0xFF) * factors[x] + 32768) >> 16);
            }
        }
        return new GreyRaster(width, height, out);
    }

    /**
     * 255 / paper level in 16.16 fixed point, from the level in 8.8. Paper darker than 32 is a dark region
     * (a photo, a border), not paper to divide by.
     */
    private static int flatteningFactor(int level) {
        return (int) (255L * 65536 * 256 / Math.max(level, 32 * 256));
    }

    /** The grey level that {@code quantile} of the pixels are at or below, judged on every fourth row. */
    public int level(double quantile) {
        if (histogram == null) {
            histogram = new int[256];
            for (int y = 0; y < height; y += 4) {
                for (int i = y * width, end = i + width; i < end; i++) {
                    histogram[pixels[i] & 0xFF]++;
                }
            }
        }
        long count = (long) ((height + 3) / 4) * width;
        long wanted = Math.round(count * quantile);
        int level = 0;
        long seen = histogram[0];
        while (seen < wanted && level < 255) {
            seen += histogram[++level];
        }
        return level;
    }

    /**
     * The grey level below which a pixel is ink rather than paper: {@link #INK_CONTRAST} grey levels under the
     * paper (the brightest tenth of the page), or five noise deviations under it on a noisy page. Relative
     * to the paper, not to black, so faded ink still counts; far enough from it that sensor noise and the
     * faint texture of flattened paper do not.
     */
    public int inkThreshold() {
        return Math.max(1, level(0.90) - (int) Math.max(INK_CONTRAST, 5 * noiseSigma()));
    }

    /** Share of pixels darker than {@link #inkThreshold()}: ink, stamps, lines, dirt. */
    public double inkRatio() {
        int threshold = inkThreshold();
        long ink = 0;
        for (byte pixel : pixels) {
            if ((pixel & 0xFF) < threshold) {
                ink++;
            }
        }
        return pixels.length == 0 ? 0 : (double) ink / pixels.length;
    }

    /** The rectangle {@code [left, left + width) × [top, top + height)}, copied. */
    public GreyRaster cropped(int left, int top, int cropWidth, int cropHeight) {
        if (left == 0 && top == 0 && cropWidth == width && cropHeight == height) {
            return this;
        }
        byte[] out = new byte[cropWidth * cropHeight];
        for (int y = 0; y < cropHeight; y++) {
            System.arraycopy(pixels, (top + y) * width + left, out, y * cropWidth, cropWidth);
        }
        return new GreyRaster(cropWidth, cropHeight, out);
    }

    /** Each pixel through {@code curve}, a 256-entry lookup table of grey levels. */
    public GreyRaster mapped(int[] curve) {
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) curve[pixels[i] & 0xFF];
        }
        return new GreyRaster(width, height, out);
    }
}
