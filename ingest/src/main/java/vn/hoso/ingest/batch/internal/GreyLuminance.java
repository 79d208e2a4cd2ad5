package vn.hoso.ingest.batch.internal;

import com.google.zxing.LuminanceSource;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page's luminance as ZXing reads it, one byte per pixel. ZXing's own {@code BufferedImage} adapter lives
 * in its {@code javase} artifact, which would bring a command-line parser along; this is all we need of it.
 * Rotation is supported, so ZXing's {@code TRY_HARDER} mode also reads bars that run across the page.
 */
final class GreyLuminance extends LuminanceSource {

    private final byte[] pixels;

    private GreyLuminance(byte[] pixels, int width, int height) {
        super(width, height);
        this.pixels = pixels;
    }

    /** {@code page} in grey, scaled down (never up) so that its longer side is at most {@code maxSide}. */
    static GreyLuminance of(BufferedImage page, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(page.getWidth(), page.getHeight()));
        int width = Math.max(1, (int) Math.round(page.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(page.getHeight() * scale));
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            // Bilinear keeps thin bars as grey instead of dropping every other one, as nearest-neighbour would.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(page, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return new GreyLuminance(((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), width, height);
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int width = getWidth();
        byte[] target = row == null || row.length < width ? new byte[width] : row;
        System.arraycopy(pixels, y * width, target, 0, width);
        return target;
    }

    @Override
    public byte[] getMatrix() {
        return pixels;
    }

    @Override
    public boolean isRotateSupported() {
        return true;
    }

    @Override
    public LuminanceSource rotateCounterClockwise() {
        int width = getWidth();
        int height = getHeight();
        byte[] rotated = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rotated[(width - 1 - x) * height + y] = pixels[y * width + x];
            }
        }
        return new GreyLuminance(rotated, height, width);
    }
}
