package vn.hoso.ingest.cleanup;

import java.awt.image.BufferedImage;
import vn.hoso.ingest.cleanup.internal.Affine;
import vn.hoso.ingest.cleanup.internal.Bitmap;
import vn.hoso.ingest.cleanup.internal.Resampler;

/**
 * Where the cleaned page comes from in the decoded one: turned by a quarter turn, straightened, cropped, in
 * that order. The same geometry makes the OCR copy and the viewing derivative, so a word box found on the
 * OCR copy, multiplied by the derivative's scale, lands on the same word in the derivative.
 *
 * @param sourceWidth width of the decoded page, pixels
 * @param sourceHeight height of the decoded page, pixels
 * @param rotation clockwise quarter turn applied first, degrees: 0, 90, 180 or 270
 * @param skew angle at which the text lines of the turned page rose to the right, degrees; the turned page
 *     was rotated clockwise by this much about its centre, keeping its size (0 when not straightened)
 * @param crop the part kept of the turned, straightened page, in its pixels
 */
public record PageGeometry(int sourceWidth, int sourceHeight, int rotation, double skew, Crop crop) {

    /** A rectangle of the turned, straightened page, pixels. */
    public record Crop(int left, int top, int width, int height) {
        public Crop {
            if (left < 0 || top < 0 || width < 1 || height < 1) {
                throw new IllegalArgumentException("impossible crop " + left + "," + top + " " + width + "×" + height);
            }
        }
    }

    public PageGeometry {
        if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + rotation);
        }
        if (crop.left() + crop.width() > turnedWidth(sourceWidth, sourceHeight, rotation)
                || crop.top() + crop.height() > turnedHeight(sourceWidth, sourceHeight, rotation)) {
            throw new IllegalArgumentException("crop " + crop + " exceeds the turned page");
        }
    }

    /** The page as decoded: no turn, no straightening, nothing cut. */
    public static PageGeometry of(int width, int height) {
        return new PageGeometry(width, height, 0, 0, new Crop(0, 0, width, height));
    }

    /** Width of the result, pixels at full resolution. */
    public int width() {
        return crop.width();
    }

    /** Height of the result, pixels at full resolution. */
    public int height() {
        return crop.height();
    }

    public boolean isIdentity() {
        return rotation == 0 && skew == 0 && crop.equals(new Crop(0, 0, sourceWidth, sourceHeight));
    }

    private static int turnedWidth(int width, int height, int rotation) {
        return rotation % 180 == 0 ? width : height;
    }

    private static int turnedHeight(int width, int height, int rotation) {
        return rotation % 180 == 0 ? height : width;
    }

    /** This geometry followed by a further clockwise quarter turn of the result (0, 90, 180 or 270). */
    public PageGeometry turned(int degrees) {
        int frameWidth = turnedWidth(sourceWidth, sourceHeight, rotation);
        int frameHeight = turnedHeight(sourceWidth, sourceHeight, rotation);
        Crop turnedCrop =
                switch (degrees) {
                    case 0 -> crop;
                    case 90 ->
                        new Crop(frameHeight - crop.top() - crop.height(), crop.left(), crop.height(), crop.width());
                    case 180 ->
                        new Crop(
                                frameWidth - crop.left() - crop.width(),
                                frameHeight - crop.top() - crop.height(),
                                crop.width(),
                                crop.height());
                    case 270 ->
                        new Crop(crop.top(), frameWidth - crop.left() - crop.width(), crop.height(), crop.width());
                    default -> throw new IllegalArgumentException("turn must be 0, 90, 180 or 270, was " + degrees);
                };
        return new PageGeometry(sourceWidth, sourceHeight, (rotation + degrees) % 360, skew, turnedCrop);
    }

    /** This geometry, uncropped, straightened by {@code degrees} (replacing any earlier straightening). */
    public PageGeometry straightened(double degrees) {
        return new PageGeometry(
                sourceWidth,
                sourceHeight,
                rotation,
                degrees,
                new Crop(
                        0,
                        0,
                        turnedWidth(sourceWidth, sourceHeight, rotation),
                        turnedHeight(sourceWidth, sourceHeight, rotation)));
    }

    public PageGeometry cropped(Crop kept) {
        return new PageGeometry(
                sourceWidth,
                sourceHeight,
                rotation,
                skew,
                new Crop(crop.left() + kept.left(), crop.top() + kept.top(), kept.width(), kept.height()));
    }

    /**
     * The decoded page (or the colour scan it came from) transformed by this geometry and scaled by
     * {@code scale}: {@code round(width · scale) × round(height · scale)} pixels, of the page's type. Uncovered
     * corners are white. Downscaling by more than half first averages 2 × 2 blocks, so thin strokes are not
     * skipped.
     *
     * @param page 8-bit grey or BGR, {@code sourceWidth × sourceHeight}; not modified
     * @param scale at most 1
     */
    public BufferedImage applyTo(BufferedImage page, double scale) {
        if (page.getWidth() != sourceWidth || page.getHeight() != sourceHeight) {
            throw new IllegalArgumentException("page is " + page.getWidth() + "×" + page.getHeight()
                    + ", geometry is for " + sourceWidth + "×" + sourceHeight);
        }
        if (isIdentity() && scale == 1) {
            return page;
        }
        return apply(Bitmap.of(page), scale, 255).toImage();
    }

    Bitmap apply(Bitmap source, double scale, int fill) {
        Bitmap shrunk = source;
        int shrink = 1;
        while (scale * shrink < 0.5 && shrunk.width() >= 4 && shrunk.height() >= 4) {
            shrunk = Resampler.halved(shrunk);
            shrink *= 2;
        }
        Resampler.Target target = new Resampler.Target(
                Math.max(1, (int) Math.round(crop.width() * scale)),
                Math.max(1, (int) Math.round(crop.height() * scale)),
                fill);
        return Resampler.resample(shrunk, target, toSource(scale, shrink));
    }

    /** From an output pixel to the pixel of the source (shrunk {@code shrink} times) it is read from. */
    private Affine toSource(double scale, int shrink) {
        double frameWidth = turnedWidth(sourceWidth, sourceHeight, rotation);
        double frameHeight = turnedHeight(sourceWidth, sourceHeight, rotation);
        double radians = Math.toRadians(skew);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        return Affine.through(pixel -> {
            double u = (pixel[0] + 0.5) / scale + crop.left() - frameWidth / 2;
            double v = (pixel[1] + 0.5) / scale + crop.top() - frameHeight / 2;
            double x = cos * u + sin * v + frameWidth / 2;
            double y = -sin * u + cos * v + frameHeight / 2;
            double[] source =
                    switch (rotation) {
                        case 90 -> new double[] {y, sourceHeight - x};
                        case 180 -> new double[] {sourceWidth - x, sourceHeight - y};
                        case 270 -> new double[] {sourceWidth - y, x};
                        default -> new double[] {x, y};
                    };
            return new double[] {source[0] / shrink - 0.5, source[1] / shrink - 0.5};
        });
    }
}
