package vn.hoso.archive.search.internal;

import static vn.hoso.archive.search.internal.IndexSchema.BIRTH_YEAR;
import static vn.hoso.archive.search.internal.IndexSchema.CATEGORY;
import static vn.hoso.archive.search.internal.IndexSchema.CODE;
import static vn.hoso.archive.search.internal.IndexSchema.HOMETOWN;
import static vn.hoso.archive.search.internal.IndexSchema.LEVEL;
import static vn.hoso.archive.search.internal.IndexSchema.NAME;
import static vn.hoso.archive.search.internal.IndexSchema.PAGE_SEQ;
import static vn.hoso.archive.search.internal.IndexSchema.TITLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.search.SearchHit;
import vn.hoso.archive.search.SearchQuery;
import vn.hoso.archive.search.SearchResult;

/**
 * Runs one {@link SearchQuery} against one point-in-time view of the index: the page of dossiers, then which of their
 * pages matched, then snippets from those pages. Every engine query here carries the clearance filter as a clause, so
 * counts, hits, page lists and snippets are computed only over documents the caller may see.
 */
public final class DossierSearch {

    private static final int SNIPPETS_PER_HIT = 3;
    private static final Set<String> HIT_FIELDS = Set.of(CODE, TITLE, NAME, CATEGORY, BIRTH_YEAR, HOMETOWN, LEVEL);
    private static final Set<String> PAGE_FIELDS = Set.of(CODE, PAGE_SEQ);

    /** Ties broken by code so that paging is stable. */
    private static final Sort BY_RELEVANCE =
            new Sort(SortField.FIELD_SCORE, new SortField(CODE, SortField.Type.STRING));

    private static final Sort BY_CODE = new Sort(new SortField(CODE, SortField.Type.STRING));

    private final Analyzer analyzer;
    private final RelevanceQueries queries;

    public DossierSearch(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.queries = new RelevanceQueries(analyzer);
    }

    public SearchResult run(IndexSearcher searcher, SearchQuery query) throws IOException {
        QueryText text = QueryText.parse(query.text());
        if (text.isBlank()) {
            return listAll(searcher, query);
        }
        Optional<Query> relevance = queries.dossiers(text);
        if (relevance.isEmpty()) {
            return new SearchResult(0, List.of());
        }
        Query visible = visible(relevance.get(), IndexSchema.dossierDocuments(), query.clearance());
        long total = searcher.count(visible);
        List<ScoreDoc> window = window(searcher, visible, total, query, BY_RELEVANCE);
        return new SearchResult(total, hits(searcher, window, text, query.clearance()));
    }

    private SearchResult listAll(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query visible = visible(null, IndexSchema.dossierDocuments(), query.clearance());
        long total = searcher.count(visible);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc doc : window(searcher, visible, total, query, BY_CODE)) {
            hits.add(hit(stored.document(doc.doc, HIT_FIELDS), 0f, List.of(), List.of()));
        }
        return new SearchResult(total, hits);
    }

    private static Query visible(Query match, Query kind, Confidentiality clearance) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(kind, Occur.FILTER)
                .add(IndexSchema.visibleTo(clearance), Occur.FILTER);
        if (match != null) {
            builder.add(match, Occur.MUST);
        }
        return builder.build();
    }

    private static List<ScoreDoc> window(
            IndexSearcher searcher, Query query, long total, SearchQuery request, Sort sort) throws IOException {
        long from = (long) request.page() * request.size();
        if (from >= total) {
            return List.of();
        }
        int upTo = (int) Math.min(from + request.size(), total);
        ScoreDoc[] top = searcher.search(query, upTo, sort, sort == BY_RELEVANCE).scoreDocs;
        return Arrays.asList(top).subList((int) Math.min(from, top.length), top.length);
    }

    private List<SearchHit> hits(IndexSearcher searcher, List<ScoreDoc> window, QueryText text,
            Confidentiality clearance) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Ranked> dossiers = new ArrayList<>(window.size());
        for (ScoreDoc doc : window) {
            dossiers.add(new Ranked(stored.document(doc.doc, HIT_FIELDS), doc.score));
        }
        List<String> codes = dossiers.stream().map(ranked -> ranked.document().get(CODE)).toList();
        Query pageText = queries.pages(text).orElseThrow();
        Map<String, List<MatchedPage>> pages = matchedPages(searcher, pageText, codes, clearance);
        Map<Integer, String> snippets = snippets(searcher, pageText, pages);
        List<SearchHit> hits = new ArrayList<>(dossiers.size());
        for (Ranked ranked : dossiers) {
            List<MatchedPage> matched = pages.getOrDefault(ranked.document().get(CODE), List.of());
            List<String> fragments = matched.stream().limit(SNIPPETS_PER_HIT)
                    .map(page -> snippets.get(page.docId())).filter(Objects::nonNull).toList();
            List<Integer> seqs = matched.stream().map(MatchedPage::seq).sorted().toList();
            hits.add(hit(ranked.document(), ranked.score(), fragments, seqs));
        }
        return hits;
    }

    /** Per dossier code, its matching pages, best first. */
    private static Map<String, List<MatchedPage>> matchedPages(IndexSearcher searcher, Query pageText,
            List<String> codes, Confidentiality clearance) throws IOException {
        Query ofTheseDossiers = new BooleanQuery.Builder()
                .add(visible(pageText, IndexSchema.pageDocuments(), clearance), Occur.MUST)
                .add(new TermInSetQuery(CODE, codes.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        int count = codes.isEmpty() ? 0 : searcher.count(ofTheseDossiers);
        if (count == 0) {
            return Map.of();
        }
        StoredFields stored = searcher.storedFields();
        Map<String, List<MatchedPage>> pages = new HashMap<>();
        for (ScoreDoc doc : searcher.search(ofTheseDossiers, count).scoreDocs) {
            Document page = stored.document(doc.doc, PAGE_FIELDS);
            int seq = page.getField(PAGE_SEQ).numericValue().intValue();
            pages.computeIfAbsent(page.get(CODE), code -> new ArrayList<>()).add(new MatchedPage(doc.doc, seq));
        }
        return pages;
    }

    private Map<Integer, String> snippets(IndexSearcher searcher, Query pageText,
            Map<String, List<MatchedPage>> pages) throws IOException {
        int[] docIds = pages.values().stream()
                .flatMap(matched -> matched.stream().limit(SNIPPETS_PER_HIT))
                .mapToInt(MatchedPage::docId)
                .toArray();
        if (docIds.length == 0) {
            return Map.of();
        }
        String[] fragments = new Snippets(searcher, analyzer).of(pageText, docIds);
        Map<Integer, String> byDocId = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            if (fragments[i] != null) {
                byDocId.put(docIds[i], fragments[i].strip());
            }
        }
        return byDocId;
    }

    private static SearchHit hit(Document document, float score, List<String> snippets, List<Integer> pages) {
        String birthYear = document.get(BIRTH_YEAR);
        return new SearchHit(document.get(CODE), document.get(TITLE), document.get(NAME), document.get(CATEGORY),
                birthYear == null ? null : Integer.valueOf(birthYear), document.get(HOMETOWN),
                Confidentiality.values()[document.getField(LEVEL).numericValue().intValue()], score, snippets,
                pages);
    }

    private record Ranked(Document document, float score) {}

    private record MatchedPage(int docId, int seq) {}
}
