package vn.hoso.archive.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.archive.search.SearchFilters;

/**
 * One condition on a dossier, from a field typed in the query ({@code ho ten: …}) or from {@link SearchFilters};
 * both mean the same. Text values are as typed; {@link CriterionQueries} normalises them.
 */
public sealed interface Criterion {

    record Name(String words) implements Criterion {}

    /** Inclusive; either bound may be null. */
    record BirthYears(Integer from, Integer to) implements Criterion {}

    record Hometown(String words) implements Criterion {}

    record Province(String name) implements Criterion {}

    record District(String name) implements Criterion {}

    record Category(String value) implements Criterion {}

    record Status(String value) implements Criterion {}

    /** Exact, or a prefix when it ends with {@code *}. */
    record Code(String value) implements Criterion {}

    record IdNumber(String value) implements Criterion {}

    record DecisionNumber(String value) implements Criterion {}

    record DocumentType(String words) implements Criterion {}

    /** Inclusive; either bound may be null. */
    record Dates(LocalDate from, LocalDate to) implements Criterion {}

    record Gender(String value) implements Criterion {}

    /** The conditions the form's filters set, in the order of {@link SearchFilters}' fields. */
    static List<Criterion> of(SearchFilters filters) {
        List<Criterion> criteria = new ArrayList<>();
        addIf(criteria, filters.name() != null, () -> new Name(filters.name()));
        addIf(
                criteria,
                filters.birthYearFrom() != null || filters.birthYearTo() != null,
                () -> new BirthYears(filters.birthYearFrom(), filters.birthYearTo()));
        addIf(criteria, filters.hometown() != null, () -> new Hometown(filters.hometown()));
        addIf(criteria, filters.province() != null, () -> new Province(filters.province()));
        addIf(criteria, filters.district() != null, () -> new District(filters.district()));
        addIf(criteria, filters.category() != null, () -> new Category(filters.category()));
        addIf(criteria, filters.status() != null, () -> new Status(filters.status()));
        addIf(criteria, filters.code() != null, () -> new Code(filters.code()));
        addIf(criteria, filters.idNumber() != null, () -> new IdNumber(filters.idNumber()));
        addIf(criteria, filters.decisionNumber() != null, () -> new DecisionNumber(filters.decisionNumber()));
        addIf(criteria, filters.documentType() != null, () -> new DocumentType(filters.documentType()));
        addIf(
                criteria,
                filters.dateFrom() != null || filters.dateTo() != null,
                () -> new Dates(filters.dateFrom(), filters.dateTo()));
        addIf(criteria, filters.gender() != null, () -> new Gender(filters.gender()));
        return criteria;
    }

    private static void addIf(List<Criterion> criteria, boolean set, java.util.function.Supplier<Criterion> value) {
        if (set) {
            criteria.add(value.get());
        }
    }
}
