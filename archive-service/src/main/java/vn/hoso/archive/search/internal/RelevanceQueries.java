package vn.hoso.archive.search.internal;

import static java.util.Map.entry;
import static vn.hoso.archive.search.internal.IndexSchema.ALL_PAGES;
import static vn.hoso.archive.search.internal.IndexSchema.BIRTH_YEAR;
import static vn.hoso.archive.search.internal.IndexSchema.DOCUMENT_TYPES;
import static vn.hoso.archive.search.internal.IndexSchema.IDENTIFIERS;
import static vn.hoso.archive.search.internal.IndexSchema.NAME;
import static vn.hoso.archive.search.internal.IndexSchema.OTHER_NAMES;
import static vn.hoso.archive.search.internal.IndexSchema.PAGE_TEXT;
import static vn.hoso.archive.search.internal.IndexSchema.PLACE;
import static vn.hoso.archive.search.internal.IndexSchema.TITLE;
import static vn.hoso.archive.search.internal.IndexSchema.folded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import vn.hoso.archive.search.SearchIndex;

/**
 * Turns plain words and phrases into scored engine queries. Each unit (word or phrase) is matched as a phrase in
 * every searchable field, and the best field counts ({@link DisjunctionMaxQuery}) plus a little of the others. The
 * weights are the ranking policy: the person's name first, then other names, codes and numbers, title, hometown and
 * birth year, document types, page text last; in every field the spelling as typed weighs twice its
 * diacritics-folded twin, so "Thường" ranks a dossier for Thường above one for Thương while both still match. A
 * single word may also match a folded name with one typo ({@link #typo}), at a constant weight below any real match
 * of a name.
 */
public final class RelevanceQueries {

    private static final Map<String, Float> DOSSIER_FIELDS = Map.ofEntries(
            entry(NAME, 6f), entry(folded(NAME), 3f),
            entry(OTHER_NAMES, 4f), entry(folded(OTHER_NAMES), 2f),
            entry(IDENTIFIERS, 4f), entry(folded(IDENTIFIERS), 2f),
            entry(TITLE, 3f), entry(folded(TITLE), 1.5f),
            entry(PLACE, 2f), entry(folded(PLACE), 1f),
            entry(BIRTH_YEAR, 2f),
            entry(DOCUMENT_TYPES, 1.5f), entry(folded(DOCUMENT_TYPES), 0.75f),
            entry(ALL_PAGES, 1f), entry(folded(ALL_PAGES), 0.5f));

    private static final Map<String, Float> PAGE_FIELDS = Map.of(PAGE_TEXT, 1f, folded(PAGE_TEXT), 0.5f);

    /** Typo matches on the full name and on other names: below what any genuine name match scores in practice. */
    private static final Map<String, Float> TYPO_FIELDS = Map.of(folded(NAME), 0.5f, folded(OTHER_NAMES), 0.3f);

    /** Shorter words have too many neighbours at one edit ("le" → "ly", "la", "lo"). */
    static final int MIN_TYPO_LENGTH = 4;

    /** How much the fields that are not the best match add to a unit's score. */
    private static final float TIE_BREAKER = 0.3f;

    private final QueryBuilder builder;

    public RelevanceQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** Dossiers in which every unit matches somewhere; empty when no unit holds a searchable word. */
    public Optional<Query> dossiers(List<String> units) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String unit : units) {
            List<Query> perField = perField(unit, DOSSIER_FIELDS);
            singleFoldedWord(unit).ifPresent(word -> perField.addAll(typo(word)));
            if (!perField.isEmpty()) {
                all.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.MUST);
                any = true;
            }
        }
        return any ? Optional.of(all.build()) : Optional.empty();
    }

    /** Page documents whose text matches at least one unit: the pages to list and to cut snippets from. */
    public Optional<Query> pages(List<String> units) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (String unit : units) {
            List<Query> perField = perField(unit, PAGE_FIELDS);
            if (!perField.isEmpty()) {
                any.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
                found = true;
            }
        }
        return found ? Optional.of(any.build()) : Optional.empty();
    }

    /**
     * Folded names within one edit (insertion, deletion, substitution or swap of neighbours) of {@code foldedWord},
     * first letter right, at most {@link SearchIndex#MAX_TYPO_EXPANSIONS} index terms; empty for words shorter than
     * {@value #MIN_TYPO_LENGTH} letters or holding anything but letters (codes and numbers are never fuzzy).
     */
    static List<Query> typo(String foldedWord) {
        if (!isTypoCandidate(foldedWord)) {
            return List.of();
        }
        List<Query> queries = new ArrayList<>(TYPO_FIELDS.size());
        TYPO_FIELDS.forEach((field, weight) -> queries.add(new BoostQuery(new ConstantScoreQuery(new FuzzyQuery(
                new Term(field, foldedWord), 1, 1, SearchIndex.MAX_TYPO_EXPANSIONS, true)), weight)));
        return queries;
    }

    static boolean isTypoCandidate(String foldedWord) {
        return foldedWord.length() >= MIN_TYPO_LENGTH && foldedWord.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static Optional<String> singleFoldedWord(String unit) {
        List<String> words = Terms.folded(unit);
        return words.size() == 1 ? Optional.of(words.getFirst()) : Optional.empty();
    }

    private List<Query> perField(String unit, Map<String, Float> fields) {
        List<Query> perField = new ArrayList<>(fields.size() + TYPO_FIELDS.size());
        fields.forEach((field, weight) -> {
            Query query = builder.createPhraseQuery(field, unit);
            if (query != null) {
                perField.add(new BoostQuery(query, weight));
            }
        });
        return perField;
    }
}
