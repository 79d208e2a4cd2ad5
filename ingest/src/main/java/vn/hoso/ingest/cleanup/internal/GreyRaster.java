package vn.hoso.ingest.cleanup.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * An 8-bit grey page as a packed pixel array, with the few operations cleanup needs. Every operation
 * returns a new raster; none changes this one.
 */
public final class GreyRaster {

    private final int width;
    private final int height;
    private final byte[] pixels;

    private GreyRaster(int width, int height, byte[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /**
     * Luma (ITU-R BT.601 weights) of an 8-bit grey or BGR image; the source is copied, not shared.
     */
    public static GreyRaster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return new GreyRaster(w, h, (byte[]) image.getRaster().getDataElements(0, 0, w, h, null));
        }
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("expected 8-bit grey or BGR, got image type " + image.getType());
        }
        byte[] bgr = (byte[]) image.getRaster().getDataElements(0, 0, w, h, null);
        byte[] grey = new byte[w * h];
        for (int i = 0; i < grey.length; i++) {
            int b = bgr[3 * i] & 0xFF;
            int g = bgr[3 * i + 1] & 0xFF;
            int r = bgr[3 * i + 2] & 0xFF;
            grey[i] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
        }
        return new GreyRaster(w, h, grey);
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, target, 0, pixels.length);
        return image;
    }

    /**
     * Standard deviation of the sensor or paper noise, in grey levels. Uses the median absolute response
     * of a Laplacian whose kernel cancels smooth shading (Immerkær's operator): on a page most pixels are
     * paper, so text edges do not move the median and clean pages, including bilevel ones, measure 0.
     */
    public double noiseSigma() {
        if (width < 3 || height < 3) {
            return 0;
        }
        int[] histogram = new int[8 * 255 + 1];
        long count = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                histogram[Math.abs(laplacian(y * width + x))]++;
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

    private int laplacian(int c) {
        int w = width;
        return at(c - w - 1) - 2 * at(c - w) + at(c - w + 1)
                - 2 * at(c - 1) + 4 * at(c) - 2 * at(c + 1)
                + at(c + w - 1) - 2 * at(c + w) + at(c + w + 1);
    }

    private int at(int index) {
        return pixels[index] & 0xFF;
    }

    /** 3 × 3 median: removes per-pixel noise and speckle while keeping stroke edges. */
    public GreyRaster median3x3() {
        byte[] out = new byte[pixels.length];
        int[] window = new int[9];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = Math.clamp(y + dy, 0, height - 1) * width;
                    for (int dx = -1; dx <= 1; dx++) {
                        window[k++] = at(row + Math.clamp(x + dx, 0, width - 1));
                    }
                }
                Arrays.sort(window);
                out[y * width + x] = (byte) window[4];
            }
        }
        return new GreyRaster(width, height, out);
    }

    /**
     * Divides every pixel by the local paper brightness, so shaded, yellowed or folded paper becomes
     * white and faded ink keeps its contrast to it. The paper level of each {@code block × block} tile
     * is a high percentile of its pixels (mostly paper even in dense text), smoothed over neighbouring
     * tiles and interpolated bilinearly between tile centres.
     */
    public GreyRaster backgroundFlattened(int block, double paperQuantile) {
        PaperLevels paper = PaperLevels.estimate(this, block, paperQuantile);
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float level = Math.max(paper.at(x, y), 32f);
                out[i] = (byte) Math.min(255, Math.round(at(i) * 255f / level));
            }
        }
        return new GreyRaster(width, height, out);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int pixel(int x, int y) {
        return at(y * width + x);
    }
}
