package vn.hoso.ingest.batch.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes some pages of a stack as one multi-page TIFF, LZW-compressed, so the decoded pixels are kept without
 * loss. The output is a function of the pixels alone (no time stamps, no software tag), so splitting the same
 * stack again gives the same bytes and the same SHA-256: that is what lets a restarted hot folder recognise a
 * section it already handed over. Pages are decoded and written one at a time.
 */
public final class SectionTiff {

    private SectionTiff() {}

    /**
     * @param pageCount how many pages the TIFF gets
     * @param page the decoded pixels of the {@code i}-th of them, {@code i} from 0 to {@code pageCount - 1}
     */
    public static byte[] write(int pageCount, IntFunction<BufferedImage> page) {
        ImageWriter writer = twelveMonkeysTiffWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pageCount; i++) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
                writer.writeToSequence(new IIOImage(page.apply(i), null, null), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a TIFF in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK has a TIFF writer of its own; TwelveMonkeys' is the one the decoders are tested against. */
    private static ImageWriter twelveMonkeysTiffWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.twelvemonkeys.")) {
                return writer;
            }
        }
        throw new IllegalStateException("TwelveMonkeys TIFF writer (imageio-tiff) is not on the class path");
    }
}
