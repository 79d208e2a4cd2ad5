package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts one highlighted fragment out of each matching page. Matches in the folded field are highlighted too (the
 * stored text is the same), so a query typed without diacritics marks the accented words it found. Text is
 * HTML-escaped and matches are wrapped in {@code <mark>}, so the result can be inserted into a page as is; words
 * matched side by side (a phrase, a full name) share one mark.
 */
public final class Snippets {

    /** About one line of a typed page around the match; OCR text often has no sentence breaks to cut at. */
    private static final int FRAGMENT_CHARS = 160;

    /** Centres the match in its fragment. */
    private static final float MATCH_POSITION = 0.5f;

    /** Words marked one by one that stand next to each other, as the words of a matched phrase or name do. */
    private static final Pattern NEIGHBOUR_MARKS = Pattern.compile("</mark>(\\s+)<mark>");

    /** Longer than any recognised page, so a match late on a page is still highlighted. */
    private static final int MAX_PAGE_CHARS = 1_000_000;

    /** Pages cut in one task: a page of results (up to sixty pages) makes a few tasks for the search threads. */
    private static final int PAGES_PER_TASK = 16;

    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    public Snippets(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), FRAGMENT_CHARS, MATCH_POSITION))
                .withMaskedFieldsFunc(field -> IndexSchema.PAGE_TEXT.equals(field)
                        ? Set.of(IndexSchema.PAGE_TEXT, IndexSchema.folded(IndexSchema.PAGE_TEXT))
                        : Set.of())
                .withMaxLength(MAX_PAGE_CHARS)
                .withMaxNoHighlightPassages(0)
                // Weight matches would rewrite and weigh the whole query once per highlighted page, which cost more
                // than the search itself; offsets of the query's terms (phrases kept strict) come from the postings.
                .withWeightMatches(false)
                .build();
    }

    /**
     * For each page document, its best fragment, or null where the page holds no highlightable match. The pages are
     * shared out in tasks among the searcher's threads: the highlighter (thread-safe) sets up its reading of the
     * query's terms and phrases once per page, which is most of its cost.
     */
    public String[] of(Query pageQuery, int[] pageDocIds) throws IOException {
        int tasks = Math.max(1, (pageDocIds.length + PAGES_PER_TASK - 1) / PAGES_PER_TASK);
        List<Callable<String[]>> parts = new ArrayList<>(tasks);
        for (int task = 0; task < tasks; task++) {
            int[] part = Arrays.copyOfRange(
                    pageDocIds, pageDocIds.length * task / tasks, pageDocIds.length * (task + 1) / tasks);
            parts.add(() -> fragments(pageQuery, part));
        }
        String[] fragments = new String[pageDocIds.length];
        int at = 0;
        for (String[] part : searcher.getTaskExecutor().invokeAll(parts)) {
            System.arraycopy(part, 0, fragments, at, part.length);
            at += part.length;
        }
        return fragments;
    }

    private String[] fragments(Query pageQuery, int[] pageDocIds) throws IOException {
        String[] fields = {IndexSchema.PAGE_TEXT};
        String[] fragments = highlighter
                .highlightFields(fields, pageQuery, pageDocIds, new int[] {1})
                .get(IndexSchema.PAGE_TEXT);
        for (int i = 0; i < fragments.length; i++) {
            if (fragments[i] != null) {
                fragments[i] = NEIGHBOUR_MARKS.matcher(fragments[i]).replaceAll("$1");
            }
        }
        return fragments;
    }
}
