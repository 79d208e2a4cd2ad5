package vn.hoso.archive.search;

import java.util.Objects;
import vn.hoso.archive.access.Confidentiality;

/**
 * One page of a search, asked by a caller cleared up to {@code clearance}.
 *
 * @param text what the user typed, in the syntax of {@link SearchIndex#search}; null or blank means no words
 * @param filters advanced-form filters, applied together with any fields typed in {@code text}; null means none
 * @param sort the order of hits; null means {@link SearchSort#RELEVANCE}
 * @param page which page of results, counting from 0; only the first {@value #MAX_WINDOW} hits can be paged to
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param clearance the highest level the caller may see; required, because a missing actor is an error, never "all"
 */
public record SearchQuery(
        String text, SearchFilters filters, SearchSort sort, int page, int size, Confidentiality clearance) {

    public static final int MAX_SIZE = 100;

    /** Hits beyond this rank are counted but never returned, which bounds the work of one request. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        Objects.requireNonNull(clearance, "clearance: a search needs the caller's clearance");
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", got " + size);
        }
        text = text == null ? "" : text;
        filters = filters == null ? SearchFilters.NONE : filters;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** Typed text only, best match first. */
    public SearchQuery(String text, int page, int size, Confidentiality clearance) {
        this(text, SearchFilters.NONE, SearchSort.RELEVANCE, page, size, clearance);
    }

    public SearchQuery withFilters(SearchFilters newFilters) {
        return new SearchQuery(text, newFilters, sort, page, size, clearance);
    }

    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort, page, size, clearance);
    }
}
