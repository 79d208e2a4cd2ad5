package vn.hoso.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Reads the text on one page image.
 *
 * <p>An instance is not thread-safe: one thread at a time, which is how the pipeline's pool uses it.
 * Word boxes are in the pixel space of the image passed in.
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * @param image an upright page, ideally 8-bit grey
     * @throws OcrFailedException when the engine itself fails on this image
     */
    OcrResult recognize(BufferedImage image);

    /**
     * Which way up the page in {@code image} is. Engines that cannot tell answer empty, as does any engine
     * for an image without enough text to judge.
     *
     * @param image a page in any of the four quarter turns, ideally 8-bit grey
     */
    default Optional<Orientation> orientation(BufferedImage image) {
        return Optional.empty();
    }

    /** Frees the engine's native memory; the instance cannot be used afterwards. */
    @Override
    void close();
}
