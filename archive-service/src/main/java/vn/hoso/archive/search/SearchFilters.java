package vn.hoso.archive.search;

import java.time.LocalDate;

/**
 * The fields of the advanced search form: each set value must hold for a dossier to match, as if typed in the
 * query syntax (see {@link SearchIndex#search}). Null or blank means "any". Matching is as forgiving as the query
 * syntax: case, diacritics and tone placement never matter except for ranking.
 *
 * @param name words of the full name or another name; exact spelling ranks first, a word of four letters or more
 *     also matches with one typo, ranked below
 * @param birthYearFrom first birth year, inclusive
 * @param birthYearTo last birth year, inclusive
 * @param hometown words of the hometown as written or of its province, district or commune
 * @param province the whole province name, as a facet lists it ("Quảng Trị", "quang tri")
 * @param district the whole district name, as a facet lists it
 * @param category category key or its written name ("MARTYR", "Liệt sĩ", "liet si")
 * @param status status key or its written name ("ARCHIVED", "Đã lưu trữ")
 * @param code the dossier code exactly, or its beginning followed by {@code *} ("QT-LS*"), any case
 * @param idNumber a 12-digit CCCD or 9-digit CMND, exactly; spaces and dots are ignored
 * @param decisionNumber number and symbol ("1234/QĐ-UBND", any case, with or without diacritics), or the bare number
 *     ("1234") to match it under any symbol
 * @param documentType words of a document type the dossier holds ("giấy báo tử")
 * @param dateFrom first document or decision date, inclusive
 * @param dateTo last document or decision date, inclusive
 * @param gender as written ("Nam", "Nữ", "nu")
 */
public record SearchFilters(
        String name,
        Integer birthYearFrom,
        Integer birthYearTo,
        String hometown,
        String province,
        String district,
        String category,
        String status,
        String code,
        String idNumber,
        String decisionNumber,
        String documentType,
        LocalDate dateFrom,
        LocalDate dateTo,
        String gender) {

    public static final SearchFilters NONE = builder().build();

    public SearchFilters {
        name = blankToNull(name);
        hometown = blankToNull(hometown);
        province = blankToNull(province);
        district = blankToNull(district);
        category = blankToNull(category);
        status = blankToNull(status);
        code = blankToNull(code);
        idNumber = blankToNull(idNumber);
        decisionNumber = blankToNull(decisionNumber);
        documentType = blankToNull(documentType);
        gender = blankToNull(gender);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Sets filters one by one; unset means "any". */
    public static final class Builder {

        private String name;
        private Integer birthYearFrom;
        private Integer birthYearTo;
        private String hometown;
        private String province;
        private String district;
        private String category;
        private String status;
        private String code;
        private String idNumber;
        private String decisionNumber;
        private String documentType;
        private LocalDate dateFrom;
        private LocalDate dateTo;
        private String gender;

        private Builder() {}

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Either bound may be null for an open range. */
        public Builder birthYears(Integer from, Integer to) {
            this.birthYearFrom = from;
            this.birthYearTo = to;
            return this;
        }

        public Builder hometown(String hometown) {
            this.hometown = hometown;
            return this;
        }

        public Builder province(String province) {
            this.province = province;
            return this;
        }

        public Builder district(String district) {
            this.district = district;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder idNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        public Builder decisionNumber(String decisionNumber) {
            this.decisionNumber = decisionNumber;
            return this;
        }

        public Builder documentType(String documentType) {
            this.documentType = documentType;
            return this;
        }

        /** Either bound may be null for an open range. */
        public Builder dates(LocalDate from, LocalDate to) {
            this.dateFrom = from;
            this.dateTo = to;
            return this;
        }

        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        public SearchFilters build() {
            return new SearchFilters(
                    name,
                    birthYearFrom,
                    birthYearTo,
                    hometown,
                    province,
                    district,
                    category,
                    status,
                    code,
                    idNumber,
                    decisionNumber,
                    documentType,
                    dateFrom,
                    dateTo,
                    gender);
        }
    }
}
