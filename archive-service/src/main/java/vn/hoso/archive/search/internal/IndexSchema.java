package vn.hoso.archive.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.hoso.archive.access.Jurisdiction;
import vn.hoso.archive.access.Visibility;

/**
 * The names and analysis of the index's fields, and the queries every search shares (document kind, access). How
 * a dossier becomes documents is {@link DossierDocuments}.
 *
 * <p>Every searchable text field exists twice: as written ({@code name}) and diacritics-folded ({@code name_folded}).
 * Exact-value fields ({@code *_key}) hold {@link Terms#key} spellings, so a filter compares without case or
 * diacritics. Changing a field or {@link VietnameseAnalyzer} requires a reindex from storage.
 */
public final class IndexSchema {

    public static final String KIND = "kind";
    public static final String CODE = "code";
    public static final String CODE_KEY = "code_key";
    public static final String LEVEL = "level";
    public static final String VERSION = "version";
    /**
     * The {@code UnitCodes} of the hometown on every document of a dossier, for the jurisdiction filter; a document
     * without any lies outside every restricted jurisdiction.
     */
    public static final String UNITS = "units";
    /** On dossier documents: the {@link #GENERATION} they were written with. */
    public static final String SCHEMA = "schema";

    /**
     * Raised whenever documents gain a field that filters or answers depend on; dossiers indexed under an older
     * generation report no version, so the start-up reconcile pass re-indexes them from storage.
     */
    public static final long GENERATION = 4;

    public static final String NAME = "name";
    public static final String OTHER_NAMES = "other_names";
    /** Vietnamese-order sort key of the full name ({@link VietnameseOrder}). */
    public static final String NAME_ORDER = "name_order";
    /** Every name of the dossier as written, for suggestions. */
    public static final String NAMES = "names";
    /** Folded names from each word on ("nguyen van thuong", "van thuong", "thuong"), for suggestion prefixes. */
    public static final String NAME_PREFIXES = "name_prefixes";

    public static final String GENDER_KEY = "gender_key";

    public static final String TITLE = "title";
    public static final String HOMETOWN = "hometown";
    /** Hometown as written plus its province, district and commune: what {@code que quan:} searches. */
    public static final String PLACE = "place";

    public static final String PROVINCE = "province";
    public static final String PROVINCE_KEY = "province_key";
    public static final String DISTRICT = "district";
    public static final String DISTRICT_KEY = "district_key";
    public static final String COMMUNE = "commune";

    public static final String CATEGORY = "category";
    /** Category key and written name as text, for {@code loai:}. */
    public static final String CATEGORY_TEXT = "category_text";

    public static final String STATUS = "status";
    public static final String STATUS_TEXT = "status_text";

    public static final String BIRTH_YEAR = "birth_year";
    /** The birth year as a number: range filters, sorting and decades. */
    public static final String BIRTH_YEAR_NUMBER = "birth_year_number";
    /** Code, identity numbers and decision numbers as words, for plain-word search. */
    public static final String IDENTIFIERS = "identifiers";

    public static final String ID_NUMBERS = "id_numbers";
    public static final String DECISION_KEYS = "decision_keys";
    public static final String DOCUMENT_TYPES = "document_types";
    /** Document and decision dates as epoch days. */
    public static final String DATES = "dates";

    public static final String ALL_PAGES = "all_pages";
    /**
     * Every run of two and of three neighbouring folded words of the pages ("tran van", "tran van hai"), at the
     * position of its first word: a phrase over the pages is one term when it has two or three words and a phrase
     * of such runs when longer ({@link PagePhrases}), so its matches are found without reading the positions of
     * every common word of tens of kilobytes of text per dossier.
     */
    public static final String PAGE_SHINGLES = "all_pages_shingles";

    /** Pages the dossier holds in storage, recognised or not; stored on the dossier document. */
    public static final String PAGE_COUNT = "page_count";

    /** The page's number in its dossier, as a doc value on page documents: read for every matching page shown. */
    public static final String PAGE_SEQ = "seq";

    public static final String PAGE_TEXT = "page_text";

    static final String DOSSIER_KIND = "dossier";
    static final String PAGE_KIND = "page";
    private static final String FOLDED = "_folded";

    /** Fields that exist in an exact and a folded twin. */
    static final List<String> TWINNED_FIELDS = List.of(
            NAME,
            OTHER_NAMES,
            TITLE,
            PLACE,
            IDENTIFIERS,
            DOCUMENT_TYPES,
            CATEGORY_TEXT,
            STATUS_TEXT,
            ALL_PAGES,
            PAGE_TEXT);

    /** Folded words that name an administrative unit before its name. */
    private static final List<String> UNIT_WORDS =
            List.of("tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran ");

    private IndexSchema() {}

    /** The diacritics-folded twin of a text field. */
    public static String folded(String field) {
        return field + FOLDED;
    }

    /** Analysis for every field, at index and query time alike. */
    public static Analyzer analyzer() {
        Analyzer folded = VietnameseAnalyzer.folded();
        Map<String, Analyzer> perField = new HashMap<>();
        TWINNED_FIELDS.forEach(field -> perField.put(folded(field), folded));
        perField.put(PAGE_SHINGLES, VietnameseAnalyzer.foldedShingles());
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzer.exact(), perField);
    }

    /** Identifies every document of one dossier. */
    public static Term codeTerm(String code) {
        return new Term(CODE, code);
    }

    public static Query dossierDocuments() {
        return new TermQuery(new Term(KIND, DOSSIER_KIND));
    }

    public static Query pageDocuments() {
        return new TermQuery(new Term(KIND, PAGE_KIND));
    }

    /**
     * Documents {@link Visibility#admits} lets through, as an engine filter: classified at or below the clearance (the
     * rank is the enum's rising order) and, for a restricted jurisdiction, carrying one of its unit codes.
     */
    public static Query visibleTo(Visibility visibility) {
        Query level = IntPoint.newRangeQuery(LEVEL, 0, visibility.clearance().ordinal());
        Jurisdiction jurisdiction = visibility.jurisdiction();
        if (jurisdiction.everywhere()) {
            return level;
        }
        return new BooleanQuery.Builder()
                .add(level, Occur.FILTER)
                .add(
                        new TermInSetQuery(
                                UNITS,
                                jurisdiction.units().stream().map(BytesRef::new).toList()),
                        Occur.FILTER)
                .build();
    }

    /**
     * The {@link Terms#key} of a province or district, without a leading unit word ("tỉnh", "huyện", "quận", "thị
     * xã", …) when a name of two words or more follows, so "huyện Hải Lăng" and "Hải Lăng" are one value.
     */
    public static String placeKey(String unitName) {
        String key = Terms.key(unitName);
        for (String unit : UNIT_WORDS) {
            if (key.startsWith(unit) && key.substring(unit.length()).contains(" ")) {
                return key.substring(unit.length());
            }
        }
        return key;
    }

    /** An identity number with spaces, dots and dashes removed; null when anything else is left. */
    public static String idNumberKey(String typed) {
        String digits = typed.replaceAll("[\\s.\\-]", "");
        return digits.matches("\\d+") ? digits : null;
    }
}
