package vn.hoso.archive.search;

import java.util.Objects;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Jurisdiction;
import vn.hoso.archive.access.Visibility;

/**
 * One page of a search, asked by a caller cleared up to {@code clearance} within {@code jurisdiction}.
 *
 * @param text what the user typed, in the syntax of {@link SearchIndex#search}; null or blank means no words
 * @param filters advanced-form filters, applied together with any fields typed in {@code text}; null means none
 * @param sort the order of hits; null means {@link SearchSort#RELEVANCE}
 * @param page which page of results, counting from 0; only the first {@value #MAX_WINDOW} hits can be paged to
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param clearance the highest level the caller may see; required, because a missing actor is an error, never "all"
 * @param jurisdiction the units whose dossiers the caller may see; required for the same reason
 */
public record SearchQuery(
        String text,
        SearchFilters filters,
        SearchSort sort,
        int page,
        int size,
        Confidentiality clearance,
        Jurisdiction jurisdiction) {

    public static final int MAX_SIZE = 100;

    /** Hits beyond this rank are counted but never returned, which bounds the work of one request. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        Objects.requireNonNull(clearance, "clearance: a search needs the caller's clearance");
        Objects.requireNonNull(jurisdiction, "jurisdiction: a search needs the caller's jurisdiction");
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

    /** Typed text only, best match first, for a caller who sees {@code visibility} (a person's {@code Caller}). */
    public SearchQuery(String text, int page, int size, Visibility visibility) {
        this(
                text,
                SearchFilters.NONE,
                SearchSort.RELEVANCE,
                page,
                size,
                visibility.clearance(),
                visibility.jurisdiction());
    }

    /**
     * A search without a jurisdiction restriction ({@link Jurisdiction#EVERYWHERE}). A person's search passes their
     * {@code Caller.visibility()} instead, or a district officer would see the whole province.
     */
    public SearchQuery(
            String text, SearchFilters filters, SearchSort sort, int page, int size, Confidentiality clearance) {
        this(text, filters, sort, page, size, clearance, Jurisdiction.EVERYWHERE);
    }

    /** Typed text only, best match first, without a jurisdiction restriction (see the constructor above). */
    public SearchQuery(String text, int page, int size, Confidentiality clearance) {
        this(text, SearchFilters.NONE, SearchSort.RELEVANCE, page, size, clearance);
    }

    /** What the index filters by: the clearance and the jurisdiction together. */
    public Visibility visibility() {
        return new Visibility(clearance, jurisdiction);
    }

    public SearchQuery withFilters(SearchFilters newFilters) {
        return new SearchQuery(text, newFilters, sort, page, size, clearance, jurisdiction);
    }

    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort, page, size, clearance, jurisdiction);
    }
}
