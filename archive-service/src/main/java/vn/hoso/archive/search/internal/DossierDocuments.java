package vn.hoso.archive.search.internal;

import static vn.hoso.archive.search.internal.IndexSchema.ALL_PAGES;
import static vn.hoso.archive.search.internal.IndexSchema.BIRTH_YEAR;
import static vn.hoso.archive.search.internal.IndexSchema.BIRTH_YEAR_NUMBER;
import static vn.hoso.archive.search.internal.IndexSchema.CATEGORY;
import static vn.hoso.archive.search.internal.IndexSchema.CATEGORY_TEXT;
import static vn.hoso.archive.search.internal.IndexSchema.CODE;
import static vn.hoso.archive.search.internal.IndexSchema.CODE_KEY;
import static vn.hoso.archive.search.internal.IndexSchema.COMMUNE;
import static vn.hoso.archive.search.internal.IndexSchema.DATES;
import static vn.hoso.archive.search.internal.IndexSchema.DECISION_KEYS;
import static vn.hoso.archive.search.internal.IndexSchema.DISTRICT;
import static vn.hoso.archive.search.internal.IndexSchema.DISTRICT_KEY;
import static vn.hoso.archive.search.internal.IndexSchema.DOCUMENT_TYPES;
import static vn.hoso.archive.search.internal.IndexSchema.DOSSIER_KIND;
import static vn.hoso.archive.search.internal.IndexSchema.GENDER_KEY;
import static vn.hoso.archive.search.internal.IndexSchema.HOMETOWN;
import static vn.hoso.archive.search.internal.IndexSchema.IDENTIFIERS;
import static vn.hoso.archive.search.internal.IndexSchema.ID_NUMBERS;
import static vn.hoso.archive.search.internal.IndexSchema.KIND;
import static vn.hoso.archive.search.internal.IndexSchema.LEVEL;
import static vn.hoso.archive.search.internal.IndexSchema.NAME;
import static vn.hoso.archive.search.internal.IndexSchema.NAMES;
import static vn.hoso.archive.search.internal.IndexSchema.NAME_ORDER;
import static vn.hoso.archive.search.internal.IndexSchema.NAME_PREFIXES;
import static vn.hoso.archive.search.internal.IndexSchema.OTHER_NAMES;
import static vn.hoso.archive.search.internal.IndexSchema.PAGE_KIND;
import static vn.hoso.archive.search.internal.IndexSchema.PAGE_SEQ;
import static vn.hoso.archive.search.internal.IndexSchema.PAGE_TEXT;
import static vn.hoso.archive.search.internal.IndexSchema.PLACE;
import static vn.hoso.archive.search.internal.IndexSchema.PROVINCE;
import static vn.hoso.archive.search.internal.IndexSchema.PROVINCE_KEY;
import static vn.hoso.archive.search.internal.IndexSchema.SCHEMA;
import static vn.hoso.archive.search.internal.IndexSchema.STATUS;
import static vn.hoso.archive.search.internal.IndexSchema.STATUS_TEXT;
import static vn.hoso.archive.search.internal.IndexSchema.TITLE;
import static vn.hoso.archive.search.internal.IndexSchema.UNITS;
import static vn.hoso.archive.search.internal.IndexSchema.VERSION;
import static vn.hoso.archive.search.internal.IndexSchema.folded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.hoso.archive.access.UnitCodes;
import vn.hoso.archive.search.IndexedDossier;
import vn.hoso.archive.search.IndexedDossier.Person;
import vn.hoso.archive.search.IndexedDossier.Place;
import vn.hoso.archive.search.IndexedPage;

/**
 * How one dossier becomes documents: one <em>dossier document</em> (the description plus the text of all its pages,
 * for matching, ranking, sorting and facets; it carries the version) followed by one <em>page document</em> per page
 * (its text, stored with offsets, to tell which pages matched and to cut snippets). Every document carries the
 * dossier code, so one delete-by-term replaces or removes a dossier whole, and its confidentiality rank and hometown
 * unit codes, so access filtering applies to pages as well as dossiers. Stored text is NFC, whatever the input used.
 */
public final class DossierDocuments {

    /** Page text keeps offsets in the postings so the highlighter need not re-analyse pages. */
    private static final FieldType PAGE_TEXT_STORED = pageTextType(true);
    /** Word runs of the pages: scored and located like the words themselves, never stored. */
    private static final FieldType SHINGLES = TextField.TYPE_NOT_STORED;

    private static final FieldType PAGE_TEXT_FOLDED = pageTextType(false);

    private DossierDocuments() {}

    /** The dossier document first, then one document per page. */
    public static List<Document> of(IndexedDossier dossier) {
        List<Document> documents = new ArrayList<>(dossier.pages().size() + 1);
        Document main = common(dossier, DOSSIER_KIND);
        main.add(new NumericDocValuesField(VERSION, dossier.version()));
        main.add(new NumericDocValuesField(SCHEMA, IndexSchema.GENERATION));
        main.add(new StoredField(LEVEL, dossier.confidentiality().ordinal()));
        main.add(new StoredField(IndexSchema.PAGE_COUNT, dossier.pageCount()));
        main.add(new StringField(CODE_KEY, dossier.code().toLowerCase(Locale.ROOT), Field.Store.NO));
        addText(main, TITLE, dossier.title(), Field.Store.YES);
        addPerson(main, dossier.person());
        addPlace(main, dossier.hometown());
        addLabel(main, CATEGORY, CATEGORY_TEXT, dossier.category(), dossier.categoryName());
        addLabel(main, STATUS, STATUS_TEXT, dossier.status(), dossier.statusName());
        addIdentifiers(main, dossier);
        for (String type : dossier.documentTypes()) {
            addText(main, DOCUMENT_TYPES, type, Field.Store.NO);
        }
        for (LocalDate date : dossier.dates()) {
            main.add(new IntPoint(DATES, Math.toIntExact(date.toEpochDay())));
        }
        for (IndexedPage page : dossier.pages()) {
            addText(main, ALL_PAGES, page.text(), Field.Store.NO);
            if (hasText(page.text())) {
                main.add(new Field(IndexSchema.PAGE_SHINGLES, Terms.nfc(page.text()), SHINGLES));
            }
        }
        documents.add(main);
        for (IndexedPage page : dossier.pages()) {
            documents.add(pageDocument(dossier, page));
        }
        return documents;
    }

    private static void addPerson(Document document, Person person) {
        if (hasText(person.fullName())) {
            addText(document, NAME, person.fullName(), Field.Store.YES);
            document.add(new SortedDocValuesField(NAME_ORDER, VietnameseOrder.key(person.fullName())));
        }
        for (String other : person.otherNames()) {
            addText(document, OTHER_NAMES, other, Field.Store.YES);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Stream.concat(Stream.ofNullable(person.fullName()), person.otherNames().stream())
                .filter(DossierDocuments::hasText)
                .forEach(name -> names.putIfAbsent(String.join(" ", Terms.exact(name)), Terms.nfc(name.strip())));
        for (String name : names.values()) {
            document.add(new SortedSetDocValuesField(NAMES, new BytesRef(name)));
            List<String> words = Terms.folded(name);
            for (int from = 0; from < words.size(); from++) {
                String suffix = String.join(" ", words.subList(from, words.size()));
                document.add(new StringField(NAME_PREFIXES, suffix, Field.Store.NO));
            }
        }
        if (hasText(person.gender())) {
            document.add(new StringField(GENDER_KEY, Terms.key(person.gender()), Field.Store.NO));
        }
        if (person.birthYear() != null) {
            document.add(new TextField(BIRTH_YEAR, person.birthYear().toString(), Field.Store.YES));
            document.add(new IntPoint(BIRTH_YEAR_NUMBER, person.birthYear()));
            document.add(new NumericDocValuesField(BIRTH_YEAR_NUMBER, person.birthYear()));
        }
    }

    private static void addPlace(Document document, Place place) {
        addText(document, PLACE, place.asWritten(), Field.Store.NO);
        store(document, HOMETOWN, place.asWritten());
        addUnit(document, PROVINCE, PROVINCE_KEY, place.province());
        addUnit(document, DISTRICT, DISTRICT_KEY, place.district());
        if (hasText(place.commune())) {
            addText(document, PLACE, place.commune(), Field.Store.NO);
            store(document, COMMUNE, place.commune());
        }
    }

    /** A unit as written for display and facets, its key for filters, and its words for {@code que quan:}. */
    private static void addUnit(Document document, String field, String keyField, String unit) {
        if (!hasText(unit)) {
            return;
        }
        String written = Terms.nfc(unit.strip());
        store(document, field, written);
        document.add(new SortedDocValuesField(field, new BytesRef(written)));
        document.add(new StringField(keyField, IndexSchema.placeKey(written), Field.Store.NO));
        addText(document, PLACE, written, Field.Store.NO);
    }

    private static void addLabel(Document document, String field, String textField, String key, String name) {
        if (hasText(key)) {
            store(document, field, key);
            document.add(new SortedDocValuesField(field, new BytesRef(Terms.nfc(key))));
            addText(document, textField, key, Field.Store.NO);
        }
        addText(document, textField, name, Field.Store.NO);
    }

    private static void addIdentifiers(Document document, IndexedDossier dossier) {
        addText(document, IDENTIFIERS, dossier.code(), Field.Store.NO);
        for (String id : Stream.of(
                        dossier.person().citizenId(), dossier.person().oldId())
                .filter(DossierDocuments::hasText)
                .toList()) {
            addText(document, IDENTIFIERS, id, Field.Store.NO);
            String key = IndexSchema.idNumberKey(id);
            if (key != null) {
                document.add(new StringField(ID_NUMBERS, key, Field.Store.NO));
            }
        }
        for (String number : dossier.decisionNumbers()) {
            addText(document, IDENTIFIERS, number, Field.Store.NO);
            document.add(new StringField(DECISION_KEYS, Terms.key(number), Field.Store.NO));
        }
    }

    private static Document pageDocument(IndexedDossier dossier, IndexedPage page) {
        Document document = common(dossier, PAGE_KIND);
        String text = Terms.nfc(page.text());
        document.add(new NumericDocValuesField(PAGE_SEQ, page.seq()));
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
        Place place = dossier.hometown();
        for (String unit : UnitCodes.of(place.province(), place.district(), place.commune())) {
            document.add(new StringField(UNITS, unit, Field.Store.NO));
        }
        return document;
    }

    private static void addText(Document document, String field, String value, Field.Store store) {
        if (!hasText(value)) {
            return;
        }
        String text = Terms.nfc(value);
        document.add(new TextField(field, text, store));
        document.add(new TextField(folded(field), text, Field.Store.NO));
    }

    private static void store(Document document, String field, String value) {
        if (hasText(value)) {
            document.add(new StoredField(field, Terms.nfc(value.strip())));
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static FieldType pageTextType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
