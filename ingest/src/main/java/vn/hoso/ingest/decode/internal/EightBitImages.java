package vn.hoso.ingest.decode.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Brings any decoded raster to the two shapes the rest of the pipeline handles: 8-bit grey or 8-bit
 * BGR, opaque. Grey samples are rescaled from their stored bit depth as stored, without a colour-space
 * gamma conversion, because scanners store display values in "linear" grey TIFFs.
 */
public final class EightBitImages {

    private EightBitImages() {}

    public static BufferedImage normalise(BufferedImage source) {
        int type = source.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR) {
            return source;
        }
        ColorModel model = source.getColorModel();
        if (model instanceof IndexColorModel palette) {
            return isGreyPalette(palette) ? greyFromRgb(source) : onWhite(source);
        }
        if (model.getNumColorComponents() == 1) {
            return greyFromSamples(source);
        }
        return onWhite(source);
    }

    private static boolean isGreyPalette(IndexColorModel palette) {
        for (int i = 0; i < palette.getMapSize(); i++) {
            int r = palette.getRed(i);
            if (r != palette.getGreen(i) || r != palette.getBlue(i) || palette.getAlpha(i) != 255) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage greyFromRgb(BufferedImage source) {
        int width = source.getWidth();
        BufferedImage grey = new BufferedImage(width, source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = grey.getRaster();
        int[] rgb = new int[width];
        int[] row = new int[width];
        for (int y = 0; y < source.getHeight(); y++) {
            source.getRGB(0, y, width, 1, rgb, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] = (rgb[x] >> 16) & 0xFF;
            }
            out.setSamples(0, y, width, 1, 0, row);
        }
        return grey;
    }

    /** Single-channel images of any depth, with optional alpha composited over white paper. */
    private static BufferedImage greyFromSamples(BufferedImage source) {
        int width = source.getWidth();
        Raster in = source.getRaster();
        ColorModel model = source.getColorModel();
        double greyScale = 255.0 / ((1L << model.getComponentSize(0)) - 1);
        boolean alpha = model.hasAlpha() && in.getNumBands() > 1;
        double alphaScale = alpha ? 1.0 / ((1L << model.getComponentSize(1)) - 1) : 0;
        BufferedImage grey = new BufferedImage(width, source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = grey.getRaster();
        int[] samples = new int[width];
        int[] opacity = new int[width];
        for (int y = 0; y < source.getHeight(); y++) {
            in.getSamples(0, y, width, 1, 0, samples);
            if (alpha) {
                in.getSamples(0, y, width, 1, 1, opacity);
            }
            for (int x = 0; x < width; x++) {
                double value = samples[x] * greyScale;
                if (alpha) {
                    double a = opacity[x] * alphaScale;
                    value = value * a + 255 * (1 - a);
                }
                samples[x] = (int) Math.round(Math.min(255, Math.max(0, value)));
            }
            out.setSamples(0, y, width, 1, 0, samples);
        }
        return grey;
    }

    private static BufferedImage onWhite(BufferedImage source) {
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Turns a page stored as a camera held it into the page as it is read, per the EXIF/TIFF
     * {@code Orientation} tag (1 = already upright, 6 = turn 90° clockwise, 8 = 90° anticlockwise, 3 =
     * 180°, and the mirrored 2, 4, 5, 7). Exact pixel moves, no resampling.
     */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        double w = image.getWidth();
        double h = image.getHeight();
        AffineTransform move =
                switch (orientation) {
                    case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
                    case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
                    case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
                    case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
                    case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
                    case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
                    case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
                    default -> null;
                };
        if (move == null) {
            return image;
        }
        boolean turned = orientation >= 5;
        BufferedImage target = new BufferedImage(
                turned ? image.getHeight() : image.getWidth(),
                turned ? image.getWidth() : image.getHeight(),
                image.getType());
        return new AffineTransformOp(move, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, target);
    }
}
