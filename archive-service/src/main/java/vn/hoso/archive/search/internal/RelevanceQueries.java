package vn.hoso.archive.search.internal;

import static vn.hoso.archive.search.internal.IndexSchema.ALL_PAGES;
import static vn.hoso.archive.search.internal.IndexSchema.BIRTH_YEAR;
import static vn.hoso.archive.search.internal.IndexSchema.CODE_WORDS;
import static vn.hoso.archive.search.internal.IndexSchema.HOMETOWN;
import static vn.hoso.archive.search.internal.IndexSchema.NAME;
import static vn.hoso.archive.search.internal.IndexSchema.PAGE_TEXT;
import static vn.hoso.archive.search.internal.IndexSchema.TITLE;
import static vn.hoso.archive.search.internal.IndexSchema.folded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns {@link QueryText} into scored engine queries. Each unit (word or phrase) is matched as a phrase in every
 * searchable field, and the best field counts ({@link DisjunctionMaxQuery}) plus a little of the others. The weights
 * are the ranking policy: the person's name first, then code, title, hometown and birth year, page text last; in every
 * field the spelling as typed weighs twice its diacritics-folded twin, so "Thường" ranks a dossier for Thường above
 * one for Thương while both still match.
 */
public final class RelevanceQueries {

    private static final Map<String, Float> DOSSIER_FIELDS = Map.of(
            NAME, 6f, folded(NAME), 3f,
            CODE_WORDS, 4f,
            TITLE, 3f, folded(TITLE), 1.5f,
            HOMETOWN, 2f, folded(HOMETOWN), 1f,
            BIRTH_YEAR, 2f,
            ALL_PAGES, 1f, folded(ALL_PAGES), 0.5f);

    private static final Map<String, Float> PAGE_FIELDS = Map.of(PAGE_TEXT, 1f, folded(PAGE_TEXT), 0.5f);

    /** How much the fields that are not the best match add to a unit's score. */
    private static final float TIE_BREAKER = 0.3f;

    private final QueryBuilder builder;

    public RelevanceQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** Dossiers in which every unit matches somewhere; empty when no unit holds a searchable word. */
    public Optional<Query> dossiers(QueryText text) {
        return combine(text, DOSSIER_FIELDS, Occur.MUST);
    }

    /** Page documents whose text matches at least one unit: the pages to list and to cut snippets from. */
    public Optional<Query> pages(QueryText text) {
        return combine(text, PAGE_FIELDS, Occur.SHOULD);
    }

    private Optional<Query> combine(QueryText text, Map<String, Float> fields, Occur occur) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String unit : text.units()) {
            Optional<Query> unitQuery = acrossFields(unit, fields);
            if (unitQuery.isPresent()) {
                all.add(unitQuery.get(), occur);
                any = true;
            }
        }
        return any ? Optional.of(all.build()) : Optional.empty();
    }

    private Optional<Query> acrossFields(String unit, Map<String, Float> fields) {
        List<Query> perField = new ArrayList<>(fields.size());
        fields.forEach((field, weight) -> {
            Query query = builder.createPhraseQuery(field, unit);
            if (query != null) {
                perField.add(new BoostQuery(query, weight));
            }
        });
        return perField.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(perField, TIE_BREAKER));
    }
}
