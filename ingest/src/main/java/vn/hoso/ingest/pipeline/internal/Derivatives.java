package vn.hoso.ingest.pipeline.internal;

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

/** The viewer's images of a page, encoded as baseline JPEG. */
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

    /** The view scaled down to at most {@link #THUMB_LONGEST_SIDE}, by the cleanup's own resampling. */
    public static byte[] thumbJpeg(BufferedImage view) {
        int longest = Math.max(view.getWidth(), view.getHeight());
        BufferedImage thumb = longest <= THUMB_LONGEST_SIDE
                ? view
                : PageGeometry.of(view.getWidth(), view.getHeight())
                        .applyTo(view, (double) THUMB_LONGEST_SIDE / longest);
        return jpeg(thumb, THUMB_QUALITY);
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
