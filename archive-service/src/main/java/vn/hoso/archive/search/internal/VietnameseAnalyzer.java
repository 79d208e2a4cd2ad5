package vn.hoso.archive.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Vietnamese text, used the same way at index and query time: Unicode word breaking, lower case, NFC
 * with one tone placement, and, for the folded variant, diacritics removed ({@code đ→d}, {@code ư→u}, {@code ế→e}).
 * Every syllable is a word; there are no stop words, because short syllables such as "thị" or "văn" are parts of
 * names.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Keeps a phrase from matching across two values of one field (two pages of a dossier). */
    private static final int GAP_BETWEEN_VALUES = 100;

    private final boolean folded;
    private final boolean shingles;

    private VietnameseAnalyzer(boolean folded, boolean shingles) {
        this.folded = folded;
        this.shingles = shingles;
    }

    /** Keeps diacritics: "Thường" and "Thương" are different words. */
    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(false, false);
    }

    /** Drops diacritics: "Thường", "Thương" and "thuong" are one word. */
    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(true, false);
    }

    /**
     * Folded, then every run of two and of three neighbouring words as one term ("tran van", "tran van hai"), both
     * at the position of the run's first word; no single words.
     */
    public static VietnameseAnalyzer foldedShingles() {
        return new VietnameseAnalyzer(true, true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = filters(source);
        if (!shingles) {
            return new TokenStreamComponents(source, words);
        }
        ShingleFilter runs = new ShingleFilter(words, PagePhrases.SHORTEST_RUN, PagePhrases.LONGEST_RUN);
        runs.setOutputUnigrams(false);
        return new TokenStreamComponents(source, runs);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return filters(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }

    private TokenStream filters(TokenStream in) {
        TokenStream out = new VietnameseSpellingFilter(new LowerCaseFilter(in));
        return folded ? new ASCIIFoldingFilter(out) : out;
    }
}
