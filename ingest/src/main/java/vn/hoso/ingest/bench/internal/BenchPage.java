package vn.hoso.ingest.bench.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One page to score.
 *
 * @param id the page id, e.g. {@code QT-BM-718453_p3}: the ground truth is {@code <id>.gt.txt}
 * @param file the image file holding the page
 * @param pageIndex 0-based page within {@code file}
 * @param groundTruths the reading-order text, then the visual-order text when there is one
 * @param personName the dossier's person as written on the page; empty when unknown
 * @param kinds the page's degradation kinds without their parameters ({@code skew}, {@code faded},
 *     {@code clean}, …); empty when the set does not say
 * @param dpi the scan resolution when the set says, else 0
 */
public record BenchPage(
        String id,
        Path file,
        int pageIndex,
        List<String> groundTruths,
        String personName,
        List<String> kinds,
        int dpi) {

    public BenchPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        groundTruths = List.copyOf(groundTruths);
        Objects.requireNonNull(personName, "personName");
        kinds = List.copyOf(kinds);
        if (groundTruths.isEmpty()) {
            throw new IllegalArgumentException("page " + id + " has no ground truth");
        }
    }

    /** Marked clean by the set: no degradation at all. Pages of a set without kinds are neither clean nor degraded. */
    public boolean clean() {
        return kinds.equals(List.of("clean"));
    }

    public boolean degraded() {
        return !kinds.isEmpty() && !clean();
    }
}
