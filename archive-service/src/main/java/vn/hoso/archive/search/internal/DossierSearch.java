package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import vn.hoso.archive.access.Visibility;
import vn.hoso.archive.search.SearchFacets;
import vn.hoso.archive.search.SearchHit;
import vn.hoso.archive.search.SearchQuery;
import vn.hoso.archive.search.SearchResult;
import vn.hoso.archive.search.SearchSort;

/**
 * Runs one {@link SearchQuery} against one point-in-time view of the index: the total, the facets and the requested
 * page of dossiers in one pass, then which of their pages matched and snippets from those pages
 * ({@link HitAssembly}). Every engine query here carries the access filter (clearance and jurisdiction) as a
 * clause, so counts, facets, hits, page lists and snippets are computed only over documents the caller may see.
 */
public final class DossierSearch {

    private static final SortField BY_CODE = new SortField(IndexSchema.CODE, SortField.Type.STRING);

    /** Dossiers {@link #forEach} reads per step. */
    static final int BATCH = 500;

    private final RelevanceQueries words;
    private final CriterionQueries fields;
    private final HitAssembly assembly;

    public DossierSearch(Analyzer analyzer) {
        this.words = new RelevanceQueries(analyzer);
        this.fields = new CriterionQueries(analyzer);
        this.assembly = new HitAssembly(analyzer, words);
    }

    public SearchResult run(IndexSearcher searcher, SearchQuery query) throws IOException {
        Understood understood = Understood.of(query);
        Optional<Query> matching = dossierQuery(understood);
        if (matching.isEmpty()) {
            return new SearchResult(0, List.of(), SearchFacets.NONE);
        }
        Query visible = visible(matching.get(), IndexSchema.dossierDocuments(), query.visibility());
        boolean scored = understood.isScored();
        OnePass pass = onePass(searcher, visible, query, scored);
        List<SearchHit> hits = assembly.hits(searcher, pass.window(), understood, query.visibility());
        return new SearchResult(pass.counted().total(), hits, pass.counted().facets());
    }

    private record OnePass(FacetCounting.Counted counted, List<ScoreDoc> window) {}

    /**
     * The total, the facets and the hits of the requested page in one pass over the matching dossiers, so the query
     * is evaluated once: the work of a search grows with the dossiers it matches, and a name such as "Nguyễn Văn
     * Hùng" matches a large share of them. Ranks beyond {@link SearchQuery#MAX_WINDOW} are counted, never collected.
     */
    private static OnePass onePass(IndexSearcher searcher, Query query, SearchQuery request, boolean scored)
            throws IOException {
        long from = (long) request.page() * request.size();
        if (from >= SearchQuery.MAX_WINDOW) {
            return new OnePass(searcher.search(query, new FacetCounting()), List.of());
        }
        int upTo = (int) Math.min(from + request.size(), SearchQuery.MAX_WINDOW);
        TopFieldCollectorManager top =
                new TopFieldCollectorManager(sort(request.sort(), scored), upTo, null, Integer.MAX_VALUE);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounting()));
        ScoreDoc[] ranked = ((TopFieldDocs) results[0]).scoreDocs;
        if (scored) {
            TopFieldCollector.populateScores(ranked, searcher, query);
        }
        List<ScoreDoc> window = Arrays.asList(ranked).subList((int) Math.min(from, ranked.length), ranked.length);
        return new OnePass((FacetCounting.Counted) results[1], window);
    }

    /**
     * Hands every visible dossier the query matches to {@code each}, in the query's order, at most {@code limit} of
     * them, and returns how many matched. Pages through this one snapshot with search-after in batches of
     * {@value #BATCH}, so memory holds one batch whatever the length of the list. Hits carry their matching pages but
     * no snippets.
     */
    public long forEach(IndexSearcher searcher, SearchQuery query, long limit, Consumer<SearchHit> each)
            throws IOException {
        Understood understood = Understood.of(query);
        Optional<Query> matching = dossierQuery(understood);
        if (matching.isEmpty()) {
            return 0;
        }
        Query visible = visible(matching.get(), IndexSchema.dossierDocuments(), query.visibility());
        long total = searcher.count(visible);
        boolean scored = understood.isScored();
        Sort order = sort(query.sort(), scored);
        ScoreDoc after = null;
        long handed = 0;
        while (handed < Math.min(total, limit)) {
            int size = (int) Math.min(BATCH, limit - handed);
            ScoreDoc[] batch = searcher.searchAfter(after, visible, size, order, scored).scoreDocs;
            if (batch.length == 0) {
                break;
            }
            assembly.rows(searcher, Arrays.asList(batch), understood, query.visibility())
                    .forEach(each);
            handed += batch.length;
            after = batch[batch.length - 1];
        }
        return total;
    }

    /**
     * The query dossiers must match before access filtering; empty when the text had words but none searchable
     * and no field, which matches nothing.
     */
    private Optional<Query> dossierQuery(Understood understood) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Optional<Query> plain = words.dossiers(understood.words());
        if (plain.isEmpty()
                && !understood.words().isEmpty()
                && understood.criteria().isEmpty()) {
            return Optional.empty();
        }
        if (plain.isEmpty() && understood.criteria().isEmpty()) {
            return Optional.of(new MatchAllDocsQuery());
        }
        plain.ifPresent(query -> all.add(query, Occur.MUST));
        for (Criterion criterion : understood.criteria()) {
            CriterionQueries.Clause clause = fields.of(criterion);
            all.add(clause.query(), clause.scored() ? Occur.MUST : Occur.FILTER);
        }
        return Optional.of(all.build());
    }

    static Query visible(Query match, Query kind, Visibility visibility) {
        return new BooleanQuery.Builder()
                .add(kind, Occur.FILTER)
                .add(IndexSchema.visibleTo(visibility), Occur.FILTER)
                .add(match, Occur.MUST)
                .build();
    }

    /** Every order ends with the code, so that equal keys page stably. */
    private static Sort sort(SearchSort order, boolean scored) {
        SortField name = new SortField(IndexSchema.NAME_ORDER, SortField.Type.STRING);
        name.setMissingValue(SortField.STRING_LAST);
        return switch (order) {
            case RELEVANCE -> scored ? new Sort(SortField.FIELD_SCORE, BY_CODE) : new Sort(BY_CODE);
            case NAME -> new Sort(name, BY_CODE);
            case BIRTH_YEAR -> {
                SortField year = new SortField(IndexSchema.BIRTH_YEAR_NUMBER, SortField.Type.INT);
                year.setMissingValue(Integer.MAX_VALUE);
                yield new Sort(year, name, BY_CODE);
            }
            case CODE -> new Sort(BY_CODE);
        };
    }

    /** A query as read: plain words and phrases, and every field condition from the text and the form together. */
    record Understood(List<String> words, List<Criterion> criteria) {

        static Understood of(SearchQuery query) {
            QuerySyntax.Parsed parsed = QuerySyntax.parse(query.text());
            List<Criterion> criteria = new ArrayList<>(parsed.criteria());
            criteria.addAll(Criterion.of(query.filters()));
            return new Understood(parsed.words().units(), criteria);
        }

        boolean isScored() {
            return !words.isEmpty()
                    || criteria.stream().anyMatch(c -> c instanceof Criterion.Name || c instanceof Criterion.Hometown);
        }

        /**
         * What to look for in page text: the words and phrases, and the values of text fields (a name or hometown
         * as a phrase, a document type, a decision or identity number, a single birth year).
         */
        List<String> pageUnits() {
            List<String> units = new ArrayList<>(words);
            for (Criterion criterion : criteria) {
                switch (criterion) {
                    case Criterion.Name name -> units.add(name.words());
                    case Criterion.Hometown hometown -> units.add(hometown.words());
                    case Criterion.DocumentType type -> units.add(type.words());
                    case Criterion.DecisionNumber decision -> units.add(decision.value());
                    case Criterion.IdNumber id -> units.add(id.value());
                    case Criterion.BirthYears years
                    when years.from() != null && years.from().equals(years.to()) ->
                        units.add(years.from().toString());
                    default -> {}
                }
            }
            return units;
        }
    }
}
