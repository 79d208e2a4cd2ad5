package vn.hoso.ingest.decode.internal;

import java.util.Optional;
import vn.hoso.profiles.ScannerProfile;

/** The profile's limits phrased as reasons a clerk can read; checked from headers, before decoding. */
public final class PageLimits {

    private final ScannerProfile.Limits limits;

    public PageLimits(ScannerProfile.Limits limits) {
        this.limits = limits;
    }

    public Optional<String> pageCountProblem(int pageCount) {
        if (pageCount < 1) {
            return Optional.of("file has no pages");
        }
        if (pageCount > limits.maxPages()) {
            return Optional.of("file has " + pageCount + " pages, over the limit of " + limits.maxPages());
        }
        return Optional.empty();
    }

    /**
     * @param pageIndex 0-based; named in the reason only when the file has more than one page
     */
    public Optional<String> pixelProblem(int pageIndex, int pageCount, long width, long height) {
        if (width < 1 || height < 1) {
            return Optional.of(page(pageIndex, pageCount) + " has no pixels (" + width + " × " + height + ")");
        }
        long pixels = width * height;
        if (pixels / width != height || pixels > limits.maxPixels()) {
            return Optional.of(page(pageIndex, pageCount) + " is " + width + " × " + height + " px, over the limit of "
                    + limits.maxPixels() + " px");
        }
        return Optional.empty();
    }

    public Optional<String> pageIndexProblem(int pageIndex, int pageCount) {
        if (pageIndex < 0 || pageIndex >= pageCount) {
            return Optional.of("page " + (pageIndex + 1) + " was asked for, but the file has " + pageCount
                    + (pageCount == 1 ? " page" : " pages"));
        }
        return Optional.empty();
    }

    private static String page(int pageIndex, int pageCount) {
        return pageCount > 1 ? "page " + (pageIndex + 1) : "page";
    }
}
