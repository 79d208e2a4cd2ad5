package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts one highlighted fragment out of each matching page. Matches in the folded field are highlighted too (the
 * stored text is the same), so a query typed without diacritics marks the accented words it found. Text is
 * HTML-escaped and matches are wrapped in {@code <mark>}, so the result can be inserted into a page as is.
 */
public final class Snippets {

    /** About one line of a typed page around the match; OCR text often has no sentence breaks to cut at. */
    private static final int FRAGMENT_CHARS = 160;

    /** Centres the match in its fragment. */
    private static final float MATCH_POSITION = 0.5f;

    /** Longer than any recognised page, so a match late on a page is still highlighted. */
    private static final int MAX_PAGE_CHARS = 1_000_000;

    private final UnifiedHighlighter highlighter;

    public Snippets(IndexSearcher searcher, Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), FRAGMENT_CHARS, MATCH_POSITION))
                .withMaskedFieldsFunc(field -> IndexSchema.PAGE_TEXT.equals(field)
                        ? Set.of(IndexSchema.PAGE_TEXT, IndexSchema.folded(IndexSchema.PAGE_TEXT))
                        : Set.of())
                .withMaxLength(MAX_PAGE_CHARS)
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** For each page document, its best fragment, or null where the page holds no highlightable match. */
    public String[] of(Query pageQuery, int[] pageDocIds) throws IOException {
        String[] fields = {IndexSchema.PAGE_TEXT};
        return highlighter
                .highlightFields(fields, pageQuery, pageDocIds, new int[] {1})
                .get(IndexSchema.PAGE_TEXT);
    }
}
