package vn.hoso.archive.search;

import java.util.Locale;

/** The order of a result list. Ties are always broken by dossier code, so paging is stable. */
public enum SearchSort {
    /**
     * Best match first. A query with nothing to score (blank text, or only exact filters such as a code or a birth
     * year) lists in code order.
     */
    RELEVANCE,
    /**
     * By the subject's name in Vietnamese alphabetical order, as Vietnamese lists are kept: by given name (the last
     * word), then family name (the first word), then middle names. Letters in the order a ă â b c d đ e ê g h i k l
     * m n o ô ơ p q r s t u ư v x y (f, j, w, z in their Latin places); where the letters agree, tones decide in the
     * order ngang, huyền, hỏi, ngã, sắc, nặng. Old and new tone placement sort alike. Dossiers without a name last.
     */
    NAME,
    /** Oldest birth year first; dossiers without a birth year last; equal years by name as in {@link #NAME}. */
    BIRTH_YEAR,
    /** By dossier code. */
    CODE;

    /**
     * The order named by an HTTP parameter: the constant's name in any case, with {@code -} for {@code _}
     * ({@code relevance}, {@code name}, {@code birth-year}, {@code code}).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static SearchSort fromParameter(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SearchSort sort : values()) {
            if (sort.name().equals(key)) {
                return sort;
            }
        }
        throw new IllegalArgumentException("sort must be relevance, name, birth-year or code, got '" + name + "'");
    }

    /** The spelling {@link #fromParameter} reads and URLs use, e.g. {@code birth-year}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
