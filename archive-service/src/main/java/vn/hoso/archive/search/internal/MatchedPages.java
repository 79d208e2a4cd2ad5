package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Every page document a query matches, with its score, its dossier's code and its number, best first (equal scores
 * in index order). For page queries limited to a few dossiers: it keeps every match, and reads code and number from
 * doc values as it goes, so nothing is evaluated twice and no stored field is decompressed.
 */
final class MatchedPages implements CollectorManager<MatchedPages.Pages, List<MatchedPages.MatchedPage>> {

    /** One matching page. */
    record MatchedPage(int docId, float score, String code, int seq) {}

    private static final Comparator<MatchedPage> BEST_FIRST = Comparator.comparingDouble(
                    (MatchedPage page) -> page.score())
            .reversed()
            .thenComparingInt(MatchedPage::docId);

    @Override
    public Pages newCollector() {
        return new Pages();
    }

    @Override
    public List<MatchedPage> reduce(Collection<Pages> collectors) {
        List<MatchedPage> all = new ArrayList<>();
        collectors.forEach(collector -> all.addAll(collector.found));
        all.sort(BEST_FIRST);
        return all;
    }

    /** The pages of one slice of the index. */
    static final class Pages implements Collector {

        private final List<MatchedPage> found = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            SortedDocValues codes = leaf.reader().getSortedDocValues(IndexSchema.CODE);
            NumericDocValues seqs = leaf.reader().getNumericDocValues(IndexSchema.PAGE_SEQ);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    // Pages written before numbers were doc values (schema generation 3) are left out until the
                    // start-up reconcile pass has re-indexed their dossier.
                    if (codes == null || seqs == null || !codes.advanceExact(doc) || !seqs.advanceExact(doc)) {
                        return;
                    }
                    found.add(new MatchedPage(
                            leaf.docBase + doc,
                            scorer.score(),
                            codes.lookupOrd(codes.ordValue()).utf8ToString(),
                            (int) seqs.longValue()));
                }
            };
        }
    }
}
