package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import vn.hoso.archive.search.SearchFacets;
import vn.hoso.archive.search.SearchFacets.FacetCount;

/**
 * Counts the dossiers a query matches, in total and by facet, in one pass over doc values. It counts exactly the
 * documents of the query it runs with, so run it with the access filter inside the query and a hidden dossier can
 * never move a count. Work is linear in the matching dossiers, with one small array per segment and facet.
 */
public final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counted> {

    /** The total and the facets of one query. */
    public record Counted(long total, SearchFacets facets) {}

    /** Decades counted in an array: 1000 to 2190; any other year still counts, through a map. */
    private static final int FIRST_DECADE = 100;

    private static final int DECADES_COUNTED = 120;

    private static final List<String> LABELS =
            List.of(IndexSchema.CATEGORY, IndexSchema.PROVINCE, IndexSchema.DISTRICT, IndexSchema.STATUS);

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Counted reduce(Collection<Counter> counters) {
        long total = 0;
        List<Map<String, Long>> labels = new ArrayList<>();
        LABELS.forEach(label -> labels.add(new HashMap<>()));
        Map<String, Long> decades = new HashMap<>();
        for (Counter counter : counters) {
            total += counter.total;
            for (int i = 0; i < LABELS.size(); i++) {
                Map<String, Long> into = labels.get(i);
                counter.labels.get(i).forEach((value, count) -> into.merge(value, count, Long::sum));
            }
            counter.decades.forEach((decade, count) -> decades.merge(decade, count, Long::sum));
        }
        Comparator<FacetCount> byCount =
                Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
        Comparator<FacetCount> byDecade = Comparator.comparingInt(count -> Integer.parseInt(count.value()));
        return new Counted(
                total,
                new SearchFacets(
                        top(labels.get(0), byCount),
                        top(labels.get(1), byCount),
                        top(labels.get(2), byCount),
                        top(decades, byDecade),
                        top(labels.get(3), byCount)));
    }

    private static List<FacetCount> top(Map<String, Long> counts, Comparator<FacetCount> order) {
        return counts.entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(SearchFacets.MAX_VALUES)
                .sorted(order)
                .toList();
    }

    /** Counts one slice of segments. */
    public static final class Counter implements Collector {

        private long total;
        private final List<Map<String, Long>> labels = new ArrayList<>();
        private final Map<String, Long> decades = new HashMap<>();

        private Counter() {
            LABELS.forEach(label -> labels.add(new HashMap<>()));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new SegmentCounter(context.reader());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Counts by ordinal within one segment, where ordinals are dense, and turns them into values at the end. */
        private final class SegmentCounter implements LeafCollector {

            private final List<SortedDocValues> values = new ArrayList<>(LABELS.size());
            private final List<int[]> perOrd = new ArrayList<>(LABELS.size());
            private final NumericDocValues birthYears;
            /** Counts for the decades births of this archive fall in, without a map lookup per dossier. */
            private final int[] perDecade = new int[DECADES_COUNTED];

            private SegmentCounter(LeafReader reader) throws IOException {
                for (String label : LABELS) {
                    SortedDocValues docValues = DocValues.getSorted(reader, label);
                    values.add(docValues);
                    perOrd.add(new int[docValues.getValueCount()]);
                }
                birthYears = DocValues.getNumeric(reader, IndexSchema.BIRTH_YEAR_NUMBER);
            }

            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i).advanceExact(doc)) {
                        perOrd.get(i)[values.get(i).ordValue()]++;
                    }
                }
                if (birthYears.advanceExact(doc)) {
                    long decade = Math.floorDiv(birthYears.longValue(), 10);
                    if (decade >= FIRST_DECADE && decade < FIRST_DECADE + perDecade.length) {
                        perDecade[(int) (decade - FIRST_DECADE)]++;
                    } else {
                        decades.merge(Long.toString(decade * 10), 1L, Long::sum);
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < perDecade.length; i++) {
                    if (perDecade[i] > 0) {
                        decades.merge(Long.toString((FIRST_DECADE + i) * 10L), (long) perDecade[i], Long::sum);
                    }
                }
                for (int i = 0; i < values.size(); i++) {
                    int[] counts = perOrd.get(i);
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            String value = values.get(i).lookupOrd(ord).utf8ToString();
                            labels.get(i).merge(value, (long) counts[ord], Long::sum);
                        }
                    }
                }
            }
        }
    }
}
