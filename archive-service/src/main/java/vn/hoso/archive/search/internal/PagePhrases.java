package vn.hoso.archive.search.internal;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Phrases over the whole pages of a dossier, asked of the word runs in {@link IndexSchema#PAGE_SHINGLES} instead of
 * the positions of single words. A dossier holds tens of kilobytes of page text, in which every common word ("văn",
 * "trần", "chiến", "đấu") stands hundreds of times; a phrase of such words read word by word checks all those
 * positions in every dossier that has the words, which is most of them. A run of two or three words is one term,
 * whose count in a dossier is the phrase's count there; a longer phrase is a phrase of runs of three covering it
 * (the last run may overlap the one before), whose positions are those of the phrase alone. Both match exactly the
 * dossiers the word-by-word phrase matches.
 */
final class PagePhrases {

    static final int SHORTEST_RUN = 2;
    static final int LONGEST_RUN = 3;

    private PagePhrases() {}

    /** The phrase of these folded words over the pages; empty for a single word, which needs no runs. */
    static Optional<Query> folded(List<String> foldedWords) {
        int words = foldedWords.size();
        if (words < SHORTEST_RUN) {
            return Optional.empty();
        }
        if (words <= LONGEST_RUN) {
            return Optional.of(new TermQuery(run(foldedWords, 0, words)));
        }
        PhraseQuery.Builder runs = new PhraseQuery.Builder();
        for (int at = 0; at < words; at += LONGEST_RUN) {
            int from = Math.min(at, words - LONGEST_RUN);
            runs.add(run(foldedWords, from, from + LONGEST_RUN), from);
        }
        return Optional.of(runs.build());
    }

    /**
     * The phrase as typed, with its diacritics, over the pages: stands for its folded twin where every word also
     * occurs as typed somewhere in the pages. It only ever adds to the score of a dossier its folded twin matches,
     * and reading where the typed words stand would cost as much as the word-by-word phrase this class avoids; a
     * dossier where the words occur as typed but not side by side, and the phrase only with other diacritics, is
     * the rare case it scores too high.
     */
    static Optional<Query> asTyped(PhraseQuery exact, List<String> foldedWords) {
        if (exact.getTerms().length != foldedWords.size()) {
            return Optional.empty();
        }
        return folded(foldedWords).map(runs -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(runs, Occur.MUST);
            for (Term word : exact.getTerms()) {
                query.add(new TermQuery(word), Occur.FILTER);
            }
            return query.build();
        });
    }

    private static Term run(List<String> words, int from, int to) {
        return new Term(IndexSchema.PAGE_SHINGLES, String.join(" ", words.subList(from, to)));
    }
}
