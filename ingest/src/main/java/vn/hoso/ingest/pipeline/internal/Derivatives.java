package vn.hoso.ingest.pipeline.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.hoso.ingest.cleanup.PageGeometry;

/** The viewer's images of a page: downscaled with care for thin strokes, encoded as baseline JPEG. */
public final class Derivatives {

    /** Longest side of the page in the viewer: readable at full width on a desktop screen. */
    public static final int VIEW_LONGEST_SIDE = 2000;

    /** Longest side of a thumbnail in result lists. */
    public static final int THUMB_LONGEST_SIDE = 200;

    private static final float VIEW_QUALITY = 0.85f;
    private static final float THUMB_QUALITY = 0.80f;

    private Derivatives() {}

    /**
     * The page for the viewer: the decoded page through the cleanup's geometry (upright, straight, borders
     * cut), scaled down in the same resampling so its longest side is at most {@link #VIEW_LONGEST_SIDE};
     * never scaled up.
     *
     * @param scale view pixels per pixel of the geometry's result: word boxes from the OCR copy times this
     *     land on the view
     */
    public record View(BufferedImage image, double scale) {}

    public static View view(BufferedImage page, PageGeometry geometry) {
        int longest = Math.max(geometry.width(), geometry.height());
        double scale = Math.min(1.0, (double) VIEW_LONGEST_SIDE / longest);
        return new View(geometry.applyTo(page, scale), scale);
    }

    public static byte[] viewJpeg(BufferedImage view) {
        return jpeg(view, VIEW_QUALITY);
    }

    public static byte[] thumbJpeg(BufferedImage view) {
        return jpeg(fitted(view, THUMB_LONGEST_SIDE), THUMB_QUALITY);
    }

    /**
     * Halves repeatedly with bilinear filtering, then takes the last step: a single large bilinear step
     * would skip pixels and break thin typewriter strokes into dots.
     */
    static BufferedImage fitted(BufferedImage image, int longestSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= longestSide) {
            return image;
        }
        double scale = (double) longestSide / longest;
        int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resized(current, targetWidth, targetHeight);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, image.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no JPEG writer installed");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a JPEG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
