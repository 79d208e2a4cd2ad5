package vn.hoso.archive.page.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Cuts and scales IIIF answers out of a page's view JPEG. Decoded images and encoded answers are kept in two
 * bounded caches keyed by the SHA-256 of the JPEG bytes the caller was given: the caller has already been allowed
 * those exact bytes (a watermarked view for one user hashes differently from another user's), so a cached answer
 * can never show anybody pixels they were not handed themselves. Thread-safe.
 */
public final class PageImages {

    /** Decoded pages kept, in bytes of pixel data: about a dozen view-sized greyscale pages. */
    private static final long DECODED_BUDGET = 96L * 1024 * 1024;
    /** Encoded answers kept: a few pages' worth of 512-pixel tiles at every zoom level. */
    private static final int ANSWER_COUNT = 384;

    private static final float JPEG_QUALITY = 0.85f;

    /** A view JPEG's identity and size. */
    public record Source(String digest, int width, int height) {}

    private final LinkedHashMap<String, BufferedImage> decoded = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, byte[]> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > ANSWER_COUNT;
        }
    };
    private long decodedBytes;

    public static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The size of the page in {@code jpeg}, whose SHA-256 is {@code digest}. */
    public Source describe(String digest, byte[] jpeg) {
        BufferedImage image = image(digest, jpeg);
        return new Source(digest, image.getWidth(), image.getHeight());
    }

    /** The JPEG that {@code request} asks for out of {@code jpeg}; an impossible request throws IllegalArgumentException. */
    public byte[] render(String digest, byte[] jpeg, ImageRequest request) {
        String key = digest + '/' + request.region() + '/' + request.size();
        synchronized (answers) {
            byte[] known = answers.get(key);
            if (known != null) {
                return known;
            }
        }
        BufferedImage source = image(digest, jpeg);
        ImageRequest.Resolved pixels = request.resolve(source.getWidth(), source.getHeight());
        BufferedImage cut =
                source.getSubimage(pixels.region().x, pixels.region().y, pixels.region().width, pixels.region().height);
        byte[] answer = encode(scale(cut, pixels.width(), pixels.height()));
        synchronized (answers) {
            answers.put(key, answer);
        }
        return answer;
    }

    private BufferedImage image(String digest, byte[] jpeg) {
        synchronized (decoded) {
            BufferedImage known = decoded.get(digest);
            if (known != null) {
                return known;
            }
        }
        BufferedImage image = decode(jpeg);
        synchronized (decoded) {
            if (decoded.putIfAbsent(digest, image) == null) {
                decodedBytes += pixelBytes(image);
                Iterator<BufferedImage> eldest = decoded.values().iterator();
                while (decodedBytes > DECODED_BUDGET && decoded.size() > 1) {
                    decodedBytes -= pixelBytes(eldest.next());
                    eldest.remove();
                }
            }
        }
        return image;
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("the stored view is not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("the stored view could not be decoded", e);
        }
    }

    private static long pixelBytes(BufferedImage image) {
        return (long) image.getWidth()
                * image.getHeight()
                * (image.getColorModel().getPixelSize() <= 8 ? 1 : 4);
    }

    /** Halves first while the target is under half the size, so strong reductions stay smooth instead of aliased. */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height && current != image
                ? current
                : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        boolean grey = image.getColorModel().getNumComponents() == 1;
        BufferedImage target =
                new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
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

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("a tile could not be encoded", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
