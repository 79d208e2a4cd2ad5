package vn.hoso.archive.savedsearch;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import vn.hoso.archive.search.SearchFilters;
import vn.hoso.archive.search.SearchSort;

/**
 * The parameters of one search, exactly as {@code GET /api/search} takes them, so that a saved search runs by
 * navigating to {@link #queryString()}.
 *
 * @param text the {@code q} parameter, NFC and trimmed; empty for none
 * @param filters advanced-form filters by {@code /api/search} parameter name ({@code name}, {@code birthYearFrom},
 *     {@code dateFrom}, …) in {@link SearchFilters}' order; blank values are dropped
 * @param sort the {@code sort} parameter as URLs spell it ({@code relevance}, {@code name}, {@code birth-year},
 *     {@code code})
 */
public record SearchParameters(String text, Map<String, String> filters, String sort) {

    /** Characters of query text; the index refuses queries of more than 32 words anyway. */
    public static final int MAX_TEXT_LENGTH = 1_000;

    /** Characters of one filter value. */
    public static final int MAX_FILTER_LENGTH = 200;

    /** The filter names {@code /api/search} binds, in the order of {@link SearchFilters}. */
    public static final List<String> FILTER_NAMES = Arrays.stream(SearchFilters.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    /** Normalises only; stored searches read back through here, so a filter dropped later does not break a file. */
    public SearchParameters {
        text = text == null ? "" : nfc(text);
        filters = Collections.unmodifiableMap(ordered(filters == null ? Map.of() : filters));
        sort = sort == null || sort.isBlank() ? SearchSort.RELEVANCE.parameter() : sort.strip();
    }

    /**
     * Parameters a user typed, checked against what {@code /api/search} accepts: known filter names only, years as
     * whole numbers, dates as {@code yyyy-mm-dd}, a known order, bounded lengths.
     *
     * @throws InvalidSavedSearchException naming the first field that is wrong
     */
    public static SearchParameters of(String text, Map<String, String> filters, String sort) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSavedSearchException("q", "at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (filters != null) {
            filters.forEach(SearchParameters::check);
        }
        String order;
        try {
            order = sort == null || sort.isBlank()
                    ? null
                    : SearchSort.fromParameter(sort).parameter();
        } catch (IllegalArgumentException unknown) {
            throw new InvalidSavedSearchException("sort", unknown.getMessage());
        }
        return new SearchParameters(text, filters, order);
    }

    /** {@code q}, the filters and {@code sort} as a URL query (UTF-8, form-encoded), without a leading {@code ?}. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        if (!text.isEmpty()) {
            query.add("q=" + encode(text));
        }
        filters.forEach((key, value) -> query.add(encode(key) + "=" + encode(value)));
        query.add("sort=" + encode(sort));
        return query.toString();
    }

    private static void check(String key, String value) {
        String field = "filters." + key;
        if (!FILTER_NAMES.contains(key)) {
            throw new InvalidSavedSearchException(
                    field, "not a search filter; known: " + String.join(", ", FILTER_NAMES));
        }
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new InvalidSavedSearchException(field, "at most " + MAX_FILTER_LENGTH + " characters");
        }
        Class<?> type = Arrays.stream(SearchFilters.class.getRecordComponents())
                .filter(component -> component.getName().equals(key))
                .findFirst()
                .orElseThrow()
                .getType();
        try {
            if (type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == LocalDate.class) {
                LocalDate.parse(value.strip());
            }
        } catch (NumberFormatException | DateTimeParseException wrong) {
            throw new InvalidSavedSearchException(
                    field,
                    type == Integer.class ? "a whole number, e.g. 1948" : "a date as yyyy-mm-dd, e.g. 1972-07-12");
        }
    }

    /** Known filters in {@link #FILTER_NAMES} order, then any others; blank values dropped. */
    private static Map<String, String> ordered(Map<String, String> filters) {
        Map<String, String> kept = new LinkedHashMap<>();
        FILTER_NAMES.stream().filter(filters::containsKey).forEach(key -> keep(kept, key, filters.get(key)));
        filters.keySet().stream()
                .filter(key -> !FILTER_NAMES.contains(key))
                .forEach(key -> keep(kept, key, filters.get(key)));
        return kept;
    }

    private static void keep(Map<String, String> kept, String key, String value) {
        if (key != null && value != null && !value.isBlank()) {
            kept.put(key, nfc(value));
        }
    }

    private static String nfc(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
