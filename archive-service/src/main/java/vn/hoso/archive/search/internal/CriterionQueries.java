package vn.hoso.archive.search.internal;

import static vn.hoso.archive.search.internal.IndexSchema.NAME;
import static vn.hoso.archive.search.internal.IndexSchema.OTHER_NAMES;
import static vn.hoso.archive.search.internal.IndexSchema.PLACE;
import static vn.hoso.archive.search.internal.IndexSchema.folded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns each {@link Criterion} into an engine clause. Names and hometowns are scored (they rank as the plain-word
 * search ranks them: exact spelling over folded over one typo); every other field is an exact filter that only
 * narrows. A value that normalises to nothing matches nothing rather than everything.
 */
public final class CriterionQueries {

    /** A clause for the dossier query; {@code scored} clauses add to relevance, the others only filter. */
    public record Clause(Query query, boolean scored) {}

    private static final float EXACT_NAME = 6f;
    private static final float FOLDED_NAME = 3f;
    private static final float EXACT_OTHER_NAME = 4f;
    private static final float FOLDED_OTHER_NAME = 2f;
    /** Words of a name typed in order ("nguyen van thuong") beat the same words in another order. */
    private static final float NAME_IN_ORDER = 2f;

    private static final float TIE_BREAKER = 0.3f;

    private final QueryBuilder builder;

    public CriterionQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    public Clause of(Criterion criterion) {
        return switch (criterion) {
            case Criterion.Name name -> new Clause(name(name.words()), true);
            case Criterion.Hometown hometown -> new Clause(hometown(hometown.words()), true);
            case Criterion.BirthYears years ->
                filter(IntPoint.newRangeQuery(
                        IndexSchema.BIRTH_YEAR_NUMBER,
                        years.from() == null ? Integer.MIN_VALUE : years.from(),
                        years.to() == null ? Integer.MAX_VALUE : years.to()));
            case Criterion.Province province ->
                filter(keyTerm(IndexSchema.PROVINCE_KEY, IndexSchema.placeKey(province.name())));
            case Criterion.District district ->
                filter(keyTerm(IndexSchema.DISTRICT_KEY, IndexSchema.placeKey(district.name())));
            case Criterion.Category category -> filter(phrase(folded(IndexSchema.CATEGORY_TEXT), category.value()));
            case Criterion.Status status -> filter(phrase(folded(IndexSchema.STATUS_TEXT), status.value()));
            case Criterion.Code code -> filter(code(code.value()));
            case Criterion.IdNumber id -> filter(keyTerm(IndexSchema.ID_NUMBERS, IndexSchema.idNumberKey(id.value())));
            case Criterion.DecisionNumber decision -> filter(decision(decision.value()));
            case Criterion.DocumentType type -> filter(phrase(folded(IndexSchema.DOCUMENT_TYPES), type.words()));
            case Criterion.Dates dates ->
                filter(IntPoint.newRangeQuery(
                        IndexSchema.DATES,
                        dates.from() == null ? Integer.MIN_VALUE : epochDay(dates.from()),
                        dates.to() == null ? Integer.MAX_VALUE : epochDay(dates.to())));
            case Criterion.Gender gender -> filter(keyTerm(IndexSchema.GENDER_KEY, Terms.key(gender.value())));
        };
    }

    /**
     * Every word must be a word of the full name or of another name: as typed, without diacritics, or (four letters
     * or more) with one typo, in falling weight; the words in typed order add a bonus. A name typed without any
     * diacritic is compared folded only (see {@link RelevanceQueries#dossiers}).
     */
    Query name(String words) {
        List<String> exact = Terms.exact(words);
        List<String> folded = Terms.folded(words);
        if (folded.isEmpty()) {
            return new MatchNoDocsQuery("a name without letters");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < folded.size(); i++) {
            List<Query> alternatives = new ArrayList<>();
            if (exact.size() == folded.size() && !RelevanceQueries.isPlainAscii(words)) {
                alternatives.add(boosted(new TermQuery(new Term(NAME, exact.get(i))), EXACT_NAME));
                alternatives.add(boosted(new TermQuery(new Term(OTHER_NAMES, exact.get(i))), EXACT_OTHER_NAME));
            }
            alternatives.add(boosted(new TermQuery(new Term(folded(NAME), folded.get(i))), FOLDED_NAME));
            alternatives.add(boosted(new TermQuery(new Term(folded(OTHER_NAMES), folded.get(i))), FOLDED_OTHER_NAME));
            alternatives.addAll(RelevanceQueries.typo(folded.get(i)));
            all.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), Occur.MUST);
        }
        if (folded.size() > 1) {
            all.add(boosted(new PhraseQuery(folded(NAME), folded.toArray(String[]::new)), NAME_IN_ORDER), Occur.SHOULD);
        }
        return all.build();
    }

    /** Every word must occur in the hometown as written or in one of its units. */
    private Query hometown(String words) {
        List<String> folded = Terms.folded(words);
        if (folded.isEmpty()) {
            return new MatchNoDocsQuery("a hometown without letters");
        }
        List<String> exact = Terms.exact(words);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < folded.size(); i++) {
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(new TermQuery(new Term(folded(PLACE), folded.get(i))));
            if (exact.size() == folded.size() && !RelevanceQueries.isPlainAscii(words)) {
                alternatives.add(boosted(new TermQuery(new Term(PLACE, exact.get(i))), 2f));
            }
            all.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), Occur.MUST);
        }
        return all.build();
    }

    private Query phrase(String field, String words) {
        Query query = builder.createPhraseQuery(field, words);
        return query == null ? new MatchNoDocsQuery("no words in " + field) : query;
    }

    /** Codes compare without case; a trailing {@code *} makes the rest a prefix. */
    private static Query code(String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith("*")) {
            return new PrefixQuery(new Term(IndexSchema.CODE_KEY, lower.substring(0, lower.length() - 1)));
        }
        return new TermQuery(new Term(IndexSchema.CODE_KEY, lower));
    }

    /** The whole number and symbol, or a beginning of it that ends at a word boundary ("1234" → "1234/…"). */
    private static Query decision(String typed) {
        String key = Terms.key(typed);
        if (key.isEmpty()) {
            return new MatchNoDocsQuery("a decision number without letters or digits");
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.DECISION_KEYS, key)), Occur.SHOULD)
                .add(new PrefixQuery(new Term(IndexSchema.DECISION_KEYS, key + " ")), Occur.SHOULD)
                .build();
    }

    private static Query keyTerm(String field, String key) {
        return key == null || key.isEmpty()
                ? new MatchNoDocsQuery("nothing to compare in " + field)
                : new TermQuery(new Term(field, key));
    }

    private static Clause filter(Query query) {
        return new Clause(query, false);
    }

    private static Query boosted(Query query, float weight) {
        return new BoostQuery(query, weight);
    }

    private static int epochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
