package vn.hoso.ingest.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import vn.hoso.ingest.decode.internal.ByteSource;
import vn.hoso.ingest.decode.internal.PageLimits;
import vn.hoso.ingest.decode.internal.PdfPages;
import vn.hoso.ingest.decode.internal.RasterPages;
import vn.hoso.ingest.decode.internal.Reasons;
import vn.hoso.profiles.ScannerProfile;

/**
 * Tells what an uploaded file is and decodes its pages one at a time, within a scanner profile's limits.
 *
 * <p>The type is detected from the bytes (Tika's magic numbers), never from a file name. Size, page count
 * and every page's pixel count are judged before decoding. Every method returns an outcome for bad input
 * and never throws for it. Thread-safe: no state is kept between calls.
 *
 * <p>Each method comes in two forms with the same outcomes and reasons, sharing one implementation: over
 * bytes already in memory, and over a file. The file form never holds the whole file: it reads the type
 * prefix, the headers and directories, and the asked-for page's data by random access, so its heap cost
 * is one decoded page, the decoder's buffers and the page directories, however large the file.
 */
public final class PageDecoder {

    private final ScannerProfile.Limits limits;
    private final RasterPages rasters;
    private final PdfPages pdfs;
    private final MimeTypes detector = MimeTypes.getDefaultMimeTypes();

    public PageDecoder(ScannerProfile profile) {
        this.limits = profile.limits();
        PageLimits pageLimits = new PageLimits(limits);
        this.rasters = new RasterPages(pageLimits);
        this.pdfs = new PdfPages(pageLimits, profile.capture().renderDpi());
    }

    /** Type, size, page count and page dimensions from headers, plus a structural check for truncation. */
    public Inspection inspect(byte[] bytes) {
        return inspect(ByteSource.of(bytes == null ? new byte[0] : bytes));
    }

    /**
     * As {@link #inspect(byte[])}, reading {@code file} on demand. A file that cannot be opened or read is
     * {@link Inspection.Unreadable}, with the system's reason.
     */
    public Inspection inspect(Path file) {
        Objects.requireNonNull(file, "file");
        try (ByteSource source = ByteSource.open(file)) {
            return inspect(source);
        } catch (IOException e) {
            return new Inspection.Unreadable(unreadable(e));
        }
    }

    /**
     * One page's pixels. Repeats the checks of {@link #inspect} that concern this page, so it is safe to
     * call without inspecting first.
     *
     * @param pageIndex 0-based
     */
    public Decoded decode(byte[] bytes, int pageIndex) {
        return decode(ByteSource.of(bytes == null ? new byte[0] : bytes), pageIndex);
    }

    /**
     * As {@link #decode(byte[], int)}, reading from {@code file} only what this page needs. A file that
     * cannot be opened or read is {@link Decoded.Failed}, with the system's reason.
     *
     * @param pageIndex 0-based
     */
    public Decoded decode(Path file, int pageIndex) {
        Objects.requireNonNull(file, "file");
        try (ByteSource source = ByteSource.open(file)) {
            return decode(source, pageIndex);
        } catch (IOException e) {
            return new Decoded.Failed(unreadable(e));
        }
    }

    /** The one implementation behind both forms of {@link #inspect}. */
    Inspection inspect(ByteSource source) {
        Detection detection = detect(source);
        if (detection.problem().isPresent()) {
            return new Inspection.Unreadable(detection.problem().get());
        }
        ImageFormat format = detection.format().orElseThrow();
        return format == ImageFormat.PDF ? pdfs.inspect(source) : rasters.inspect(source, format);
    }

    /** The one implementation behind both forms of {@link #decode}. */
    Decoded decode(ByteSource source, int pageIndex) {
        Detection detection = detect(source);
        if (detection.problem().isPresent()) {
            return new Decoded.Failed(detection.problem().get());
        }
        ImageFormat format = detection.format().orElseThrow();
        return format == ImageFormat.PDF ? pdfs.render(source, pageIndex) : rasters.read(source, format, pageIndex);
    }

    /** The format of a file that passes the checks needing no decoder at all. */
    private record Detection(Optional<ImageFormat> format, Optional<String> problem) {
        static Detection of(ImageFormat format) {
            return new Detection(Optional.of(format), Optional.empty());
        }

        static Detection refused(String problem) {
            return new Detection(Optional.empty(), Optional.of(problem));
        }
    }

    private Detection detect(ByteSource source) {
        long length = source.length();
        if (length == 0) {
            return Detection.refused("empty file");
        }
        if (length > limits.maxBytes()) {
            return Detection.refused("file is " + size(length) + ", over the limit of " + size(limits.maxBytes()));
        }
        String mediaType;
        try {
            mediaType = mediaType(source);
        } catch (IOException e) {
            return Detection.refused(unreadable(e));
        }
        return ImageFormat.ofMediaType(mediaType)
                .map(Detection::of)
                .orElseGet(() -> Detection.refused(
                        mediaType.startsWith("image/")
                                ? "unsupported image type " + mediaType + " (accepted: TIFF, JPEG, PNG, PDF)"
                                : "not an image or PDF: detected " + mediaType));
    }

    /** Tika's magic looks at no more than its minimum length, so that prefix is all that is read. */
    private String mediaType(ByteSource source) throws IOException {
        byte[] prefix = new byte[(int) Math.min(source.length(), detector.getMinLength())];
        source.readFully(0, prefix, 0, prefix.length);
        try (TikaInputStream input = TikaInputStream.get(prefix)) {
            MediaType type = detector.detect(input, new Metadata(), new ParseContext());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static String unreadable(IOException e) {
        return "file cannot be read: " + Reasons.of(e);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
