package vn.hoso.archive.search.internal;

import static vn.hoso.archive.search.internal.IndexSchema.BIRTH_YEAR;
import static vn.hoso.archive.search.internal.IndexSchema.CATEGORY;
import static vn.hoso.archive.search.internal.IndexSchema.CODE;
import static vn.hoso.archive.search.internal.IndexSchema.DISTRICT;
import static vn.hoso.archive.search.internal.IndexSchema.HOMETOWN;
import static vn.hoso.archive.search.internal.IndexSchema.LEVEL;
import static vn.hoso.archive.search.internal.IndexSchema.NAME;
import static vn.hoso.archive.search.internal.IndexSchema.OTHER_NAMES;
import static vn.hoso.archive.search.internal.IndexSchema.PROVINCE;
import static vn.hoso.archive.search.internal.IndexSchema.STATUS;
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
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Visibility;
import vn.hoso.archive.search.SearchHit;
import vn.hoso.archive.search.internal.MatchedPages.MatchedPage;

/**
 * Turns the dossiers of one result page into {@link SearchHit}s: their stored description, which of their pages
 * matched the query's words and text fields, and a snippet from each of the best few of those pages. Page lookups
 * are limited to the dossiers of the page (or batch) and carry the access filter.
 */
final class HitAssembly {

    private static final int SNIPPETS_PER_HIT = 3;
    private static final Set<String> HIT_FIELDS = Set.of(
            CODE,
            TITLE,
            NAME,
            OTHER_NAMES,
            CATEGORY,
            STATUS,
            BIRTH_YEAR,
            HOMETOWN,
            PROVINCE,
            DISTRICT,
            LEVEL,
            IndexSchema.PAGE_COUNT);

    private final Analyzer analyzer;
    private final RelevanceQueries queries;

    HitAssembly(Analyzer analyzer, RelevanceQueries queries) {
        this.analyzer = analyzer;
        this.queries = queries;
    }

    List<SearchHit> hits(
            IndexSearcher searcher, List<ScoreDoc> window, DossierSearch.Understood query, Visibility visibility)
            throws IOException {
        List<Ranked> dossiers = ranked(searcher, window);
        Optional<Query> pageText = queries.pages(query.pageUnits());
        Map<String, List<MatchedPage>> pages = matchedPages(searcher, pageText, codes(dossiers), visibility);
        Map<Integer, String> snippets = pageText.isEmpty() ? Map.of() : snippets(searcher, pageText.get(), pages);
        return assemble(dossiers, pages, snippets);
    }

    /** As {@link #hits}, without snippets: for long lists, where cutting fragments would dominate the cost. */
    List<SearchHit> rows(
            IndexSearcher searcher, List<ScoreDoc> window, DossierSearch.Understood query, Visibility visibility)
            throws IOException {
        List<Ranked> dossiers = ranked(searcher, window);
        Optional<Query> pageText = queries.pages(query.pageUnits());
        return assemble(dossiers, matchedPages(searcher, pageText, codes(dossiers), visibility), Map.of());
    }

    private static List<Ranked> ranked(IndexSearcher searcher, List<ScoreDoc> window) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Ranked> dossiers = new ArrayList<>(window.size());
        for (ScoreDoc doc : window) {
            float score = Float.isNaN(doc.score) ? 0f : doc.score;
            dossiers.add(new Ranked(stored.document(doc.doc, HIT_FIELDS), score));
        }
        return dossiers;
    }

    private static List<String> codes(List<Ranked> dossiers) {
        return dossiers.stream().map(ranked -> ranked.document().get(CODE)).toList();
    }

    private static List<SearchHit> assemble(
            List<Ranked> dossiers, Map<String, List<MatchedPage>> pages, Map<Integer, String> snippets) {
        List<SearchHit> hits = new ArrayList<>(dossiers.size());
        for (Ranked ranked : dossiers) {
            List<MatchedPage> matched = pages.getOrDefault(ranked.document().get(CODE), List.of());
            List<String> fragments = matched.stream()
                    .limit(SNIPPETS_PER_HIT)
                    .map(page -> snippets.get(page.docId()))
                    .filter(Objects::nonNull)
                    .toList();
            List<Integer> seqs = matched.stream().map(MatchedPage::seq).sorted().toList();
            hits.add(hit(ranked.document(), ranked.score(), fragments, seqs));
        }
        return hits;
    }

    /** Per dossier code, its matching pages, best first. */
    private static Map<String, List<MatchedPage>> matchedPages(
            IndexSearcher searcher, Optional<Query> pageText, List<String> codes, Visibility visibility)
            throws IOException {
        if (pageText.isEmpty() || codes.isEmpty()) {
            return Map.of();
        }
        Query ofTheseDossiers = new BooleanQuery.Builder()
                .add(DossierSearch.visible(pageText.get(), IndexSchema.pageDocuments(), visibility), Occur.MUST)
                .add(new TermInSetQuery(CODE, codes.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        Map<String, List<MatchedPage>> pages = new HashMap<>();
        for (MatchedPage page : searcher.search(ofTheseDossiers, new MatchedPages())) {
            pages.computeIfAbsent(page.code(), code -> new ArrayList<>()).add(page);
        }
        return pages;
    }

    private Map<Integer, String> snippets(IndexSearcher searcher, Query pageText, Map<String, List<MatchedPage>> pages)
            throws IOException {
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
        IndexableField pageCount = document.getField(IndexSchema.PAGE_COUNT);
        return new SearchHit(
                document.get(CODE),
                document.get(TITLE),
                document.get(NAME),
                Arrays.asList(document.getValues(OTHER_NAMES)),
                document.get(CATEGORY),
                document.get(STATUS),
                birthYear == null ? null : Integer.valueOf(birthYear),
                document.get(HOMETOWN),
                document.get(PROVINCE),
                document.get(DISTRICT),
                Confidentiality.values()[document.getField(LEVEL).numericValue().intValue()],
                score,
                snippets,
                pages,
                pageCount == null ? null : pageCount.numericValue().intValue());
    }

    private record Ranked(Document document, float score) {}
}
