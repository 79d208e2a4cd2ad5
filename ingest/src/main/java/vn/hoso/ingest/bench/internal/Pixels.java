package vn.hoso.ingest.bench.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Random;

/** Direct access to packed RGB pages and the few pixel operations the degradations share. */
final class Pixels {

    private Pixels() {}

    /** The live pixel array of a {@code TYPE_INT_RGB} image, 0xRRGGBB row by row. */
    static int[] of(BufferedImage rgb) {
        if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, was type " + rgb.getType());
        }
        return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    }

    static int rgb(double r, double g, double b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    static int luminance(int rgb) {
        return (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }

    static BufferedImage grey(BufferedImage rgb) {
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] in = of(rgb);
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) luminance(in[i]);
        }
        return grey;
    }

    /** A 3 × 3 box blur, channel by channel: the softness of a scanner's or a camera's optics. */
    static void blur(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = of(rgb);
        int[] rows = new int[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rows[y * width + x] = average(
                        pixels, y * width + Math.max(0, x - 1), y * width + x, y * width + Math.min(width - 1, x + 1));
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = average(
                        rows, Math.max(0, y - 1) * width + x, y * width + x, Math.min(height - 1, y + 1) * width + x);
            }
        }
    }

    private static int average(int[] pixels, int a, int b, int c) {
        int red = (pixels[a] >> 16 & 0xFF) + (pixels[b] >> 16 & 0xFF) + (pixels[c] >> 16 & 0xFF);
        int green = (pixels[a] >> 8 & 0xFF) + (pixels[b] >> 8 & 0xFF) + (pixels[c] >> 8 & 0xFF);
        int blue = (pixels[a] & 0xFF) + (pixels[b] & 0xFF) + (pixels[c] & 0xFF);
        return (red / 3) << 16 | (green / 3) << 8 | blue / 3;
    }

    /**
     * Smooth random variation over the page, 0..1: a coarse grid of random values blended between grid
     * points. Paper tone, ink fading and light vary this way, over centimetres, not pixels.
     */
    static final class Field {
        private final double[][] grid;
        private final double cellWidth;
        private final double cellHeight;

        Field(Random random, int width, int height, int cells) {
            grid = new double[cells + 2][cells + 2];
            for (double[] row : grid) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = random.nextDouble();
                }
            }
            cellWidth = (double) width / cells;
            cellHeight = (double) height / cells;
        }

        double at(int x, int y) {
            double gx = x / cellWidth;
            double gy = y / cellHeight;
            int cx = (int) gx;
            int cy = (int) gy;
            double fx = smooth(gx - cx);
            double fy = smooth(gy - cy);
            double top = grid[cy][cx] * (1 - fx) + grid[cy][cx + 1] * fx;
            double bottom = grid[cy + 1][cx] * (1 - fx) + grid[cy + 1][cx + 1] * fx;
            return top * (1 - fy) + bottom * fy;
        }

        private static double smooth(double t) {
            return t * t * (3 - 2 * t);
        }
    }
}
