package vn.hoso.archive.api;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Finds a red watermark by comparing a served image with the stored one it was made from: a pixel is marked when
 * the served copy is redder than the stored one (red above the mean of green and blue) by more than JPEG noise.
 */
final class WatermarkPixels {

    static final int TINT_THRESHOLD = 25;

    private final BufferedImage served;
    private final BufferedImage stored;

    WatermarkPixels(byte[] servedJpeg, byte[] storedJpeg) {
        this.served = decode(servedJpeg);
        this.stored = decode(storedJpeg);
        if (served.getWidth() != stored.getWidth() || served.getHeight() != stored.getHeight()) {
            throw new IllegalArgumentException("served and stored images differ in size");
        }
    }

    /** The share of marked pixels in each cell of a {@code n}×{@code n} grid over the image, row by row. */
    double[] coverage(int n) {
        double[] shares = new double[n * n];
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                shares[row * n + column] = share(
                        column * served.getWidth() / n,
                        row * served.getHeight() / n,
                        served.getWidth() / n,
                        served.getHeight() / n);
            }
        }
        return shares;
    }

    /** Black where marked, white elsewhere, turned by {@code degrees} (clockwise) about the centre for reading. */
    BufferedImage maskTurned(double degrees) {
        BufferedImage mask = new BufferedImage(served.getWidth(), served.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < served.getHeight(); y++) {
            for (int x = 0; x < served.getWidth(); x++) {
                mask.setRGB(x, y, marked(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        BufferedImage turned = new BufferedImage(mask.getWidth(), mask.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
            g.rotate(Math.toRadians(degrees), mask.getWidth() / 2.0, mask.getHeight() / 2.0);
            g.drawImage(mask, 0, 0, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private double share(int x0, int y0, int width, int height) {
        long marked = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                marked += marked(x, y) ? 1 : 0;
            }
        }
        return (double) marked / ((long) width * height);
    }

    private boolean marked(int x, int y) {
        return redness(served.getRGB(x, y)) - redness(stored.getRGB(x, y)) > TINT_THRESHOLD;
    }

    private static int redness(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r - (g + b) / 2;
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalArgumentException("not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
