package vn.hoso.ingest.decode;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import vn.hoso.ingest.decode.internal.PageLimits;
import vn.hoso.ingest.decode.internal.PdfPages;
import vn.hoso.ingest.decode.internal.RasterPages;
import vn.hoso.profiles.ScannerProfile;

/**
 * Tells what an uploaded file is and decodes its pages one at a time, within a scanner profile's limits.
 *
 * <p>The type is detected from the bytes (Tika's magic numbers), never from a file name. Size, page count
 * and every page's pixel count are judged before decoding. Every method returns an outcome for bad input
 * and never throws for it. Thread-safe: no state is kept between calls.
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
        Detection detection = detect(bytes);
        if (detection.problem().isPresent()) {
            return new Inspection.Unreadable(detection.problem().get());
        }
        ImageFormat format = detection.format().orElseThrow();
        return format == ImageFormat.PDF ? pdfs.inspect(bytes) : rasters.inspect(bytes, format);
    }

    /**
     * One page's pixels. Repeats the checks of {@link #inspect} that concern this page, so it is safe to
     * call without inspecting first.
     *
     * @param pageIndex 0-based
     */
    public Decoded decode(byte[] bytes, int pageIndex) {
        Detection detection = detect(bytes);
        if (detection.problem().isPresent()) {
            return new Decoded.Failed(detection.problem().get());
        }
        ImageFormat format = detection.format().orElseThrow();
        return format == ImageFormat.PDF ? pdfs.render(bytes, pageIndex) : rasters.read(bytes, format, pageIndex);
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

    private Detection detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Detection.refused("empty file");
        }
        if (bytes.length > limits.maxBytes()) {
            return Detection.refused(
                    "file is " + size(bytes.length) + ", over the limit of " + size(limits.maxBytes()));
        }
        String mediaType = mediaType(bytes);
        return ImageFormat.ofMediaType(mediaType)
                .map(Detection::of)
                .orElseGet(() -> Detection.refused(mediaType.startsWith("image/")
                        ? "unsupported image type " + mediaType + " (accepted: TIFF, JPEG, PNG, PDF)"
                        : "not an image or PDF: detected " + mediaType));
    }

    private String mediaType(byte[] bytes) {
        try (TikaInputStream input = TikaInputStream.get(bytes)) {
            MediaType type = detector.detect(input, new Metadata(), new ParseContext());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
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
