package vn.hoso.ingest.pipeline.internal;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * The resolution a raster file states for one page (TIFF X resolution, PNG {@code pHYs}, JPEG JFIF density),
 * read from its metadata through ImageIO's format-neutral tree without decoding pixels. PDF pages are rendered
 * at the profile's resolution and state none of their own.
 */
public final class ScanResolution {

    private ScanResolution() {}

    /** Dots per inch, rounded; empty when the file states none or cannot be read. */
    public static OptionalInt of(byte[] bytes, int pageIndex) {
        try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            return of(input, pageIndex);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** As {@link #of(byte[], int)}, reading from {@code file} only the headers it needs. */
    public static OptionalInt of(Path file, int pageIndex) {
        try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
            return of(input, pageIndex);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static OptionalInt of(ImageInputStream input, int pageIndex) {
        try {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return OptionalInt.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, false);
                return dpi(reader.getImageMetadata(pageIndex));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A file the decoder accepted but whose metadata is odd simply states no resolution.
            return OptionalInt.empty();
        }
    }

    private static OptionalInt dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return OptionalInt.empty();
        }
        Node tree = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node section = tree.getFirstChild(); section != null; section = section.getNextSibling()) {
            if (!section.getNodeName().equals("Dimension")) {
                continue;
            }
            for (Node item = section.getFirstChild(); item != null; item = item.getNextSibling()) {
                if (item.getNodeName().equals("HorizontalPixelSize")) {
                    return fromMillimetresPerPixel(
                            item.getAttributes().getNamedItem("value").getNodeValue());
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt fromMillimetresPerPixel(String value) {
        try {
            double dpi = 25.4 / Double.parseDouble(value);
            return dpi >= 1 && dpi <= 100_000 ? OptionalInt.of((int) Math.round(dpi)) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
