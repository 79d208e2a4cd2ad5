package vn.hoso.ingest.decode.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.hoso.ingest.decode.Decoded;
import vn.hoso.ingest.decode.ImageFormat;
import vn.hoso.ingest.decode.Inspection;

/**
 * TIFF, JPEG and PNG through ImageIO, preferring the TwelveMonkeys readers (LZW, CCITT Group 4,
 * JPEG-in-TIFF, 16-bit, BigTIFF, CMYK JPEG). Reads one frame at a time through random access to the
 * source: a multi-page TIFF costs its directories and the asked-for page's strips, never the whole file.
 */
public final class RasterPages {

    static {
        // ImageIO registers plug-ins once, from the class loader it first meets; inside a Spring Boot jar
        // that misses the nested TwelveMonkeys jars. Rescanning with this thread's loader finds them.
        ImageIO.scanForPlugins();
    }

    private final PageLimits limits;

    public RasterPages(PageLimits limits) {
        this.limits = limits;
    }

    public Inspection inspect(ByteSource source, ImageFormat format) {
        try {
            verifyStructure(source, format, -1);
            return withReader(source, format, reader -> {
                int count = reader.getNumImages(true);
                Optional<String> problem = limits.pageCountProblem(count);
                for (int i = 0; problem.isEmpty() && i < count; i++) {
                    problem = limits.pixelProblem(i, count, reader.getWidth(i), reader.getHeight(i));
                }
                return problem.<Inspection>map(Inspection.Unreadable::new)
                        .orElseGet(() -> new Inspection.Readable(format, count));
            });
        } catch (DamagedFileException e) {
            return new Inspection.Unreadable(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Inspection.Unreadable(damaged(format, e));
        }
    }

    public Decoded read(ByteSource source, ImageFormat format, int pageIndex) {
        try {
            int orientation = verifyStructure(source, format, pageIndex);
            return withReader(source, format, reader -> {
                int count = reader.getNumImages(true);
                Optional<String> problem = limits.pageIndexProblem(pageIndex, count);
                if (problem.isEmpty()) {
                    problem = limits.pixelProblem(
                            pageIndex, count, reader.getWidth(pageIndex), reader.getHeight(pageIndex));
                }
                if (problem.isPresent()) {
                    return new Decoded.Failed(problem.get());
                }
                BufferedImage image = EightBitImages.normalise(reader.read(pageIndex));
                return new Decoded.Page(EightBitImages.upright(image, orientation));
            });
        } catch (DamagedFileException e) {
            return new Decoded.Failed(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Decoded.Failed(damaged(format, e));
        }
    }

    /** @return the EXIF orientation for JPEG, 1 otherwise */
    private static int verifyStructure(ByteSource source, ImageFormat format, int pageIndex)
            throws DamagedFileException {
        switch (format) {
            case JPEG -> {
                return JpegMarkers.read(source).orientation();
            }
            case PNG -> PngChunks.verify(source);
            case TIFF -> TiffStrips.verify(source, pageIndex);
            case PDF -> throw new IllegalArgumentException("PDF is not a raster format");
        }
        return 1;
    }

    private interface ReaderTask<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(ByteSource source, ImageFormat format, ReaderTask<T> task) throws IOException {
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new SourceImageInputStream(source)) {
            reader.setInput(input, false, true);
            return task.apply(reader);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.twelvemonkeys.")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new IOException("no image reader installed for " + format.mediaType());
        }
        return chosen;
    }

    private static String damaged(ImageFormat format, Throwable e) {
        return format.name() + " is truncated or corrupt and cannot be read: " + Reasons.of(e);
    }
}
