package vn.hoso.archive.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.search.IndexedDossier;
import vn.hoso.archive.search.IndexedPage;

/**
 * The on-disk layout of the index. Each dossier is one <em>dossier document</em> (metadata plus the text of all its
 * pages, for matching and ranking; it carries the version) followed by one <em>page document</em> per page (its
 * text, stored with offsets, to tell which pages matched and to cut snippets). Every document carries the dossier
 * code, so one delete-by-term replaces or removes a dossier whole, and its confidentiality rank, so access filtering
 * applies to pages as well as dossiers.
 *
 * <p>Every searchable text field exists twice: as written ({@code name}) and diacritics-folded ({@code name_folded}).
 * Stored text is NFC, so snippets and titles come back in one normal form whatever the input used.
 *
 * <p>Changing this layout or {@link VietnameseAnalyzer} requires a reindex from storage.
 */
public final class IndexSchema {

    public static final String KIND = "kind";
    public static final String CODE = "code";
    public static final String LEVEL = "level";
    public static final String VERSION = "version";
    public static final String NAME = "name";
    public static final String TITLE = "title";
    public static final String HOMETOWN = "hometown";
    public static final String CATEGORY = "category";
    public static final String CODE_WORDS = "code_words";
    public static final String BIRTH_YEAR = "birth_year";
    public static final String ALL_PAGES = "all_pages";
    public static final String PAGE_SEQ = "seq";
    public static final String PAGE_TEXT = "page_text";

    private static final String DOSSIER_KIND = "dossier";
    private static final String PAGE_KIND = "page";
    private static final String FOLDED = "_folded";
    private static final List<String> FOLDED_FIELDS =
            List.of(folded(NAME), folded(TITLE), folded(HOMETOWN), folded(ALL_PAGES), folded(PAGE_TEXT));

    /** Page text keeps offsets in the postings so the highlighter need not re-analyse pages. */
    private static final FieldType PAGE_TEXT_STORED = pageTextType(true);

    private static final FieldType PAGE_TEXT_FOLDED = pageTextType(false);

    private IndexSchema() {}

    /** The diacritics-folded twin of a text field. */
    public static String folded(String field) {
        return field + FOLDED;
    }

    /** Analysis for every field, at index and query time alike. */
    public static Analyzer analyzer() {
        Analyzer folded = VietnameseAnalyzer.folded();
        Map<String, Analyzer> perField = new HashMap<>();
        FOLDED_FIELDS.forEach(field -> perField.put(field, folded));
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

    /** Documents classified at or below {@code clearance}; the rank is the enum's rising order. */
    public static Query visibleTo(Confidentiality clearance) {
        return IntPoint.newRangeQuery(LEVEL, 0, clearance.ordinal());
    }

    /** The dossier document first, then one document per page. */
    public static List<Document> documentsOf(IndexedDossier dossier) {
        List<Document> documents = new ArrayList<>(dossier.pages().size() + 1);
        Document main = common(dossier, DOSSIER_KIND);
        main.add(new NumericDocValuesField(VERSION, dossier.version()));
        main.add(new StoredField(LEVEL, dossier.confidentiality().ordinal()));
        addText(main, NAME, dossier.fullName(), Field.Store.YES);
        addText(main, TITLE, dossier.title(), Field.Store.YES);
        addText(main, HOMETOWN, dossier.hometown(), Field.Store.YES);
        main.add(new TextField(CODE_WORDS, dossier.code(), Field.Store.NO));
        if (dossier.category() != null) {
            main.add(new StoredField(CATEGORY, nfc(dossier.category())));
        }
        if (dossier.birthYear() != null) {
            main.add(new TextField(BIRTH_YEAR, dossier.birthYear().toString(), Field.Store.YES));
        }
        for (IndexedPage page : dossier.pages()) {
            addText(main, ALL_PAGES, page.text(), Field.Store.NO);
        }
        documents.add(main);
        for (IndexedPage page : dossier.pages()) {
            documents.add(pageDocument(dossier, page));
        }
        return documents;
    }

    private static Document pageDocument(IndexedDossier dossier, IndexedPage page) {
        Document document = common(dossier, PAGE_KIND);
        String text = nfc(page.text());
        document.add(new StoredField(PAGE_SEQ, page.seq()));
        document.add(new Field(PAGE_TEXT, text, PAGE_TEXT_STORED));
        document.add(new Field(folded(PAGE_TEXT), text, PAGE_TEXT_FOLDED));
        return document;
    }

    private static Document common(IndexedDossier dossier, String kind) {
        Document document = new Document();
        document.add(new StringField(KIND, kind, Field.Store.NO));
        document.add(new StringField(CODE, dossier.code(), Field.Store.YES));
        document.add(new SortedDocValuesField(CODE, new BytesRef(dossier.code())));
        document.add(new IntPoint(LEVEL, dossier.confidentiality().ordinal()));
        return document;
    }

    private static void addText(Document document, String field, String value, Field.Store store) {
        if (value == null || value.isBlank()) {
            return;
        }
        String text = nfc(value);
        document.add(new TextField(field, text, store));
        document.add(new TextField(folded(field), text, Field.Store.NO));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static FieldType pageTextType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
