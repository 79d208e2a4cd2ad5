package vn.hoso.ingest.bench.internal;

import java.util.Objects;

/**
 * What one reader made of one page.
 *
 * @param text the recognised text; empty when the reader failed
 * @param seconds wall-clock time for this page alone
 * @param problem why the text is missing or partial (quarantined, timed out, exit status); empty when none
 */
public record PageReading(String pageId, String text, double seconds, String problem) {

    public PageReading {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(problem, "problem");
    }
}
