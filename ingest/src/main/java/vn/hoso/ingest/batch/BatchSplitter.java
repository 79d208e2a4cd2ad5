package vn.hoso.ingest.batch;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hoso.ingest.batch.internal.SectionTiff;
import vn.hoso.ingest.batch.internal.SeparatorBarcodes;
import vn.hoso.ingest.decode.Decoded;
import vn.hoso.ingest.decode.Inspection;
import vn.hoso.ingest.decode.PageDecoder;
import vn.hoso.profiles.ScannerProfile;

/**
 * Splits a scanned stack (a multi-page TIFF or PDF, or a single image) at separator sheets, under one scanner
 * profile's limits and barcode pattern.
 *
 * <p>Guarantees: every page is looked at once, one decoded page in memory at a time. A stack is split only when
 * every one of its pages could be decoded, since an unreadable page between two separators could belong to
 * either dossier. A stack without separators is never rewritten: the caller hands the file over as received.
 * {@link #extract} is deterministic, so the same section of the same stack always has the same SHA-256, which
 * makes handing a section over twice detectable. Thread-safe.
 *
 * <p>A section's file is not the bytes a scanner wrote (those hold other dossiers' pages too): it is a lossless
 * TIFF of the decoded pages, 8 bits per sample, PDF pages rasterised at the profile's {@code renderDpi}. The
 * stack as received is the caller's to keep.
 */
public final class BatchSplitter {

    private final PageDecoder decoder;
    private final SeparatorBarcodes barcodes;

    public BatchSplitter(ScannerProfile profile) {
        this.decoder = new PageDecoder(profile);
        this.barcodes = new SeparatorBarcodes(Pattern.compile(profile.batch().codePattern()));
    }

    /** Reads every page of {@code stack} for a separator barcode. Never throws for bad input. */
    public StackSplit split(byte[] stack) {
        if (!(decoder.inspect(stack) instanceof Inspection.Readable readable)) {
            return new StackSplit.Unseparated();
        }
        List<Optional<String>> codes = new ArrayList<>();
        String firstFailure = null;
        for (int page = 0; page < readable.pageCount(); page++) {
            switch (decoder.decode(stack, page)) {
                case Decoded.Page decoded -> codes.add(barcodes.codeOn(decoded.image()));
                case Decoded.Failed failed -> {
                    codes.add(Optional.empty());
                    if (firstFailure == null) {
                        firstFailure = "page " + (page + 1) + " cannot be read (" + failed.reason() + ")";
                    }
                }
            }
        }
        if (codes.stream().noneMatch(Optional::isPresent)) {
            return new StackSplit.Unseparated();
        }
        if (firstFailure != null) {
            return new StackSplit.Unsplittable(firstFailure + "; a stack with separator sheets is split only when"
                    + " every page can be read, so no page of it was taken");
        }
        return separated(codes);
    }

    /**
     * The given pages of {@code stack} as one multi-page LZW TIFF.
     *
     * @param pages 0-based, as {@link StackSplit} names them; every one must decode (as {@link #split} checked)
     * @throws IllegalArgumentException if a page cannot be decoded
     */
    public byte[] extract(byte[] stack, List<Integer> pages) {
        return SectionTiff.write(pages.size(), i -> pixels(stack, pages.get(i)));
    }

    /** The separator's own page is left out of every section; runs of pages with no code join the current one. */
    private static StackSplit separated(List<Optional<String>> codes) {
        List<Integer> leading = new ArrayList<>();
        List<Integer> separators = new ArrayList<>();
        List<StackSplit.Section> sections = new ArrayList<>();
        String current = null;
        List<Integer> pages = leading;
        for (int page = 0; page < codes.size(); page++) {
            Optional<String> code = codes.get(page);
            if (code.isPresent()) {
                close(current, pages, sections);
                current = code.get();
                pages = new ArrayList<>();
                separators.add(page);
            } else {
                pages.add(page);
            }
        }
        close(current, pages, sections);
        return new StackSplit.Separated(leading, sections, separators);
    }

    private static void close(String code, List<Integer> pages, List<StackSplit.Section> sections) {
        if (code != null && !pages.isEmpty()) {
            sections.add(new StackSplit.Section(code, pages));
        }
    }

    private BufferedImage pixels(byte[] stack, int page) {
        return switch (decoder.decode(stack, page)) {
            case Decoded.Page decoded -> decoded.image();
            case Decoded.Failed failed ->
                throw new IllegalArgumentException(
                        "page " + (page + 1) + " of the stack cannot be decoded: " + failed.reason());
        };
    }
}
