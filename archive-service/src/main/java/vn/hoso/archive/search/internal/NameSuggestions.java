package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import vn.hoso.archive.access.Visibility;
import vn.hoso.archive.search.NameSuggestion;
import vn.hoso.archive.search.SearchIndex;

/**
 * Names for a search box, as {@link SearchIndex#suggest} promises. The prefix finds dossiers through their folded
 * name suffixes ({@link IndexSchema#NAME_PREFIXES}) inside the access filter; their names are then read from doc
 * values and counted, merging spellings that differ only in case or tone placement. At most
 * {@link SearchIndex#MAX_SUGGESTION_SCAN} dossiers are read.
 */
public final class NameSuggestions {

    private NameSuggestions() {}

    public static List<NameSuggestion> suggest(IndexSearcher searcher, String prefix, Visibility visibility, int limit)
            throws IOException {
        String key = String.join(" ", Terms.folded(prefix));
        if (key.isEmpty()) {
            return List.of();
        }
        if (Character.isWhitespace(prefix.charAt(prefix.length() - 1))) {
            key += " ";
        }
        Query query = DossierSearch.visible(
                new PrefixQuery(new Term(IndexSchema.NAME_PREFIXES, key)), IndexSchema.dossierDocuments(), visibility);
        Map<String, Tally> tallies = searcher.search(query, new Counting(key));
        return tallies.values().stream()
                .sorted(Comparator.comparing((Tally tally) -> !tally.atStart())
                        .thenComparing(Comparator.comparingLong(Tally::count).reversed())
                        .thenComparing(tally -> VietnameseOrder.key(tally.name())))
                .limit(limit)
                .map(tally -> new NameSuggestion(tally.name(), tally.count()))
                .toList();
    }

    /** One name: as first seen, how many dossiers carry it, and whether it starts with the prefix. */
    private record Tally(String name, long count, boolean atStart) {

        Tally plus(Tally other) {
            return new Tally(name, count + other.count, atStart);
        }
    }

    private static final class Counting implements CollectorManager<Counting.Reader, Map<String, Tally>> {

        private final String key;
        private int scanned;

        private Counting(String key) {
            this.key = key;
        }

        @Override
        public Reader newCollector() {
            return new Reader();
        }

        @Override
        public Map<String, Tally> reduce(Collection<Reader> readers) {
            Map<String, Tally> all = new HashMap<>();
            readers.forEach(reader -> reader.tallies.forEach((name, tally) -> all.merge(name, tally, Tally::plus)));
            return all;
        }

        /** Where a name matches: 0 not at all, 1 from a later word, 2 from its start. */
        private int position(String name) {
            List<String> words = Terms.folded(name);
            for (int from = 0; from < words.size(); from++) {
                String suffix = String.join(" ", words.subList(from, words.size())) + " ";
                if (suffix.startsWith(key)) {
                    return from == 0 ? 2 : 1;
                }
            }
            return 0;
        }

        private final class Reader implements Collector {

            private final Map<String, Tally> tallies = new HashMap<>();

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                if (scanned >= SearchIndex.MAX_SUGGESTION_SCAN) {
                    throw new CollectionTerminatedException();
                }
                SortedSetDocValues names = DocValues.getSortedSet(context.reader(), IndexSchema.NAMES);
                Map<Long, Integer> positions = new HashMap<>();
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        if (++scanned > SearchIndex.MAX_SUGGESTION_SCAN) {
                            throw new CollectionTerminatedException();
                        }
                        if (!names.advanceExact(doc)) {
                            return;
                        }
                        for (int i = 0; i < names.docValueCount(); i++) {
                            long ord = names.nextOrd();
                            String name = names.lookupOrd(ord).utf8ToString();
                            int position = positions.computeIfAbsent(ord, o -> position(name));
                            if (position > 0) {
                                tallies.merge(
                                        String.join(" ", Terms.exact(name)),
                                        new Tally(name, 1, position == 2),
                                        Tally::plus);
                            }
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
