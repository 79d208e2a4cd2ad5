package vn.hoso.archive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hoso.archive.access.Confidentiality;

/**
 * What the index holds of one dossier: the searchable description, its confidentiality, the manifest version it was
 * built from, and the recognised text of its pages. Every text may be null (not yet catalogued), every list may be
 * empty; only the code and the confidentiality are required. Build one with {@link #builder(String, Confidentiality)}.
 *
 * @param category the category key the caller filters and facets by (e.g. {@code MARTYR}), or null
 * @param categoryName the category as officers write it (e.g. "Liệt sĩ"); matched by {@code loai:} as well as the key
 * @param status the life-cycle key ({@code DRAFT}, {@code IN_REVIEW}, {@code ARCHIVED}), or null
 * @param statusName the status as officers write it (e.g. "Đã lưu trữ"); matched by {@code trang thai:}
 * @param decisionNumbers number and symbol of each decision, as written (e.g. {@code 1234/QĐ-UBND})
 * @param documentTypes the type of each document (văn bản) in the dossier, e.g. "Giấy báo tử"
 * @param dates dates of the documents and decisions
 * @param pageCount pages the dossier holds in storage, recognised or not (so at least as many as {@code pages}
 *     when every page has text); shown in result lists and exports
 */
public record IndexedDossier(
        String code,
        String title,
        String category,
        String categoryName,
        String status,
        String statusName,
        Person person,
        Place hometown,
        List<String> decisionNumbers,
        List<String> documentTypes,
        List<LocalDate> dates,
        Confidentiality confidentiality,
        long version,
        List<IndexedPage> pages,
        int pageCount) {

    /**
     * The person the dossier is about.
     *
     * @param otherNames aliases, birth names, names in other documents (tên gọi khác)
     * @param gender as written ("Nam", "Nữ"), or null
     * @param citizenId 12-digit citizen identity number (CCCD), or null
     * @param oldId 9-digit identity card number (CMND), or null
     */
    public record Person(
            String fullName,
            List<String> otherNames,
            String gender,
            Integer birthYear,
            String citizenId,
            String oldId) {

        public static final Person UNKNOWN = new Person(null, List.of(), null, null, null, null);

        public Person {
            otherNames = copyWithoutNulls(otherNames);
        }
    }

    /**
     * The hometown (quê quán), as written and split into units as written at the time, e.g. "Quảng Trị",
     * "Hải Lăng", "xã Hải Dương". Any part may be null.
     */
    public record Place(String asWritten, String province, String district, String commune) {

        public static final Place UNKNOWN = new Place(null, null, null, null);
    }

    public IndexedDossier {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a dossier code must not be blank");
        }
        Objects.requireNonNull(confidentiality, "confidentiality: an unlabelled dossier must not be indexed");
        person = person == null ? Person.UNKNOWN : person;
        hometown = hometown == null ? Place.UNKNOWN : hometown;
        decisionNumbers = copyWithoutNulls(decisionNumbers);
        documentTypes = copyWithoutNulls(documentTypes);
        dates = copyWithoutNulls(dates);
        pages = copyWithoutNulls(pages);
        if (pageCount < 0) {
            throw new IllegalArgumentException("pageCount must not be negative, got " + pageCount);
        }
    }

    public static Builder builder(String code, Confidentiality confidentiality) {
        return new Builder(code, confidentiality);
    }

    /** A builder holding this dossier's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(code, confidentiality)
                .title(title)
                .category(category, categoryName)
                .status(status, statusName)
                .person(person)
                .hometown(hometown)
                .decisionNumbers(decisionNumbers)
                .documentTypes(documentTypes)
                .dates(dates)
                .version(version)
                .pages(pages)
                .pageCount(pageCount);
    }

    private static <T> List<T> copyWithoutNulls(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
    }

    /** Assembles an {@link IndexedDossier} one named part at a time; unset parts are null or empty. */
    public static final class Builder {

        private final String code;
        private final Confidentiality confidentiality;
        private String title;
        private String category;
        private String categoryName;
        private String status;
        private String statusName;
        private String fullName;
        private List<String> otherNames = List.of();
        private String gender;
        private Integer birthYear;
        private String citizenId;
        private String oldId;
        private Place hometown = Place.UNKNOWN;
        private List<String> decisionNumbers = List.of();
        private List<String> documentTypes = List.of();
        private List<LocalDate> dates = List.of();
        private long version;
        private List<IndexedPage> pages = new ArrayList<>();
        private Integer pageCount;

        private Builder(String code, Confidentiality confidentiality) {
            this.code = code;
            this.confidentiality = confidentiality;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder category(String key, String name) {
            this.category = key;
            this.categoryName = name;
            return this;
        }

        public Builder status(String key, String name) {
            this.status = key;
            this.statusName = name;
            return this;
        }

        public Builder person(Person person) {
            Person known = person == null ? Person.UNKNOWN : person;
            return fullName(known.fullName())
                    .otherNames(known.otherNames())
                    .gender(known.gender())
                    .birthYear(known.birthYear())
                    .citizenId(known.citizenId())
                    .oldId(known.oldId());
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder otherNames(List<String> otherNames) {
            this.otherNames = otherNames;
            return this;
        }

        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        public Builder birthYear(Integer birthYear) {
            this.birthYear = birthYear;
            return this;
        }

        public Builder citizenId(String citizenId) {
            this.citizenId = citizenId;
            return this;
        }

        public Builder oldId(String oldId) {
            this.oldId = oldId;
            return this;
        }

        public Builder hometown(Place hometown) {
            this.hometown = hometown;
            return this;
        }

        public Builder hometown(String asWritten, String province, String district, String commune) {
            return hometown(new Place(asWritten, province, district, commune));
        }

        public Builder decisionNumbers(List<String> decisionNumbers) {
            this.decisionNumbers = decisionNumbers;
            return this;
        }

        public Builder documentTypes(List<String> documentTypes) {
            this.documentTypes = documentTypes;
            return this;
        }

        public Builder dates(List<LocalDate> dates) {
            this.dates = dates;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder pages(List<IndexedPage> pages) {
            this.pages = new ArrayList<>(pages == null ? List.of() : pages);
            return this;
        }

        /** Pages in storage, with or without text; unset means as many as the pages given here. */
        public Builder pageCount(int pageCount) {
            this.pageCount = pageCount;
            return this;
        }

        /** Appends a page with the next sequence number after the pages added so far. */
        public Builder page(String text) {
            int seq = pages.stream().mapToInt(IndexedPage::seq).max().orElse(0) + 1;
            pages.add(new IndexedPage(seq, text));
            return this;
        }

        public IndexedDossier build() {
            return new IndexedDossier(
                    code,
                    title,
                    category,
                    categoryName,
                    status,
                    statusName,
                    new Person(fullName, otherNames, gender, birthYear, citizenId, oldId),
                    hometown,
                    decisionNumbers,
                    documentTypes,
                    dates,
                    confidentiality,
                    version,
                    pages,
                    pageCount == null ? pages.size() : pageCount);
        }
    }
}
