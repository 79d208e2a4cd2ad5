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
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
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
            entry(NAME, 6f),
            entry(folded(NAME), 3f),
            entry(OTHER_NAMES, 4f),
            entry(folded(OTHER_NAMES), 2f),
            entry(IDENTIFIERS, 4f),
            entry(folded(IDENTIFIERS), 2f),
            entry(TITLE, 3f),
            entry(folded(TITLE), 1.5f),
            entry(PLACE, 2f),
            entry(folded(PLACE), 1f),
            entry(BIRTH_YEAR, 2f),
            entry(DOCUMENT_TYPES, 1.5f),
            entry(folded(DOCUMENT_TYPES), 0.75f),
            entry(ALL_PAGES, 1f),
            entry(folded(ALL_PAGES), 0.5f));

    /** The fields whose terms are the same with or without diacritics, and the folded twins. */
    private static final Map<String, Float> FOLDED_DOSSIER_FIELDS = DOSSIER_FIELDS.entrySet().stream()
            .filter(field -> field.getKey().endsWith(folded(""))
                    || field.getKey().equals(BIRTH_YEAR)
                    || field.getKey().equals(IDENTIFIERS))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, Float> PAGE_FIELDS = Map.of(PAGE_TEXT, 1f, folded(PAGE_TEXT), 0.5f);

    /**
     * Fixed bonuses, per word, when all the words of a query of several words stand next to each other in typed
     * order: a name written out in full on a page (a relative, a witness) or a place of two words ("Nam Lào") is far
     * stronger evidence than the same words scattered over the dossier, and than most of them in the subject's name
     * ("Hoàng Thị Thường" mentioned verbatim beats a dossier of Hoàng Công Thường). Fixed, because a run of words is
     * rare even when each word is common ("Lê Văn Cẩn" next to every "Căn cứ" of every decision), which term
     * statistics miss; per word, so the bonus grows as a full-name match does.
     */
    private static final Map<String, Float> ADJACENCY_FIELDS = Map.of(
            folded(NAME),
            7f,
            folded(OTHER_NAMES),
            6f,
            folded(ALL_PAGES),
            6f,
            folded(PLACE),
            4f,
            folded(DOCUMENT_TYPES),
            3f,
            folded(TITLE),
            2f);

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

    /**
     * Dossiers in which every unit matches somewhere; empty when no unit holds a searchable word. When no unit has
     * a diacritic, the officer typed without them, and the spelling-as-typed fields are left out: "hoa" then says
     * nothing about "Hoa" against "Hoà", and pages whose OCR lost their diacritics gain nothing from it.
     */
    public Optional<Query> dossiers(List<String> units) {
        Map<String, Float> fields =
                units.stream().allMatch(RelevanceQueries::isPlainAscii) ? FOLDED_DOSSIER_FIELDS : DOSSIER_FIELDS;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String unit : units) {
            List<Query> perField = perField(unit, fields);
            singleFoldedWord(unit).ifPresent(word -> perField.addAll(typo(word)));
            if (!perField.isEmpty()) {
                all.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.MUST);
                any = true;
            }
        }
        if (units.size() > 1) {
            adjacency(String.join(" ", units)).ifPresent(run -> all.add(run, Occur.SHOULD));
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
        TYPO_FIELDS.forEach((field, weight) -> queries.add(new BoostQuery(
                new ConstantScoreQuery(
                        new FuzzyQuery(new Term(field, foldedWord), 1, 1, SearchIndex.MAX_TYPO_EXPANSIONS, true)),
                weight)));
        return queries;
    }

    /** Typed without any diacritic (nor anything else beyond ASCII). */
    static boolean isPlainAscii(String typed) {
        return typed.chars().allMatch(c -> c < 0x80);
    }

    private Optional<Query> adjacency(String run) {
        int words = Terms.folded(run).size();
        List<Query> perField = new ArrayList<>(ADJACENCY_FIELDS.size());
        ADJACENCY_FIELDS.forEach((field, weight) -> {
            Query phrase = builder.createPhraseQuery(field, run);
            if (phrase != null) {
                perField.add(new BoostQuery(new ConstantScoreQuery(onPages(field, phrase, run)), weight * words));
            }
        });
        return perField.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(perField, TIE_BREAKER));
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
                perField.add(new BoostQuery(onPages(field, query, unit), weight));
            }
        });
        return perField;
    }

    /**
     * A phrase over the whole pages of a dossier, asked of their word runs ({@link PagePhrases}); other queries are
     * returned as they are.
     */
    private static Query onPages(String field, Query query, String words) {
        if (!(query instanceof PhraseQuery phrase) || !(field.equals(ALL_PAGES) || field.equals(folded(ALL_PAGES)))) {
            return query;
        }
        List<String> foldedWords = Terms.folded(words);
        Optional<Query> runs =
                field.equals(ALL_PAGES) ? PagePhrases.asTyped(phrase, foldedWords) : PagePhrases.folded(foldedWords);
        return runs.orElse(query);
    }
}
