package vn.hoso.archive.search;

import java.util.Objects;
import vn.hoso.archive.access.Confidentiality;

/**
 * One page of a search, asked by a caller cleared up to {@code clearance}.
 *
 * @param text what the user typed; null or blank lists every visible dossier (see {@link SearchIndex#search})
 * @param page which page of results, counting from 0
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param clearance the highest level the caller may see; required, because a missing actor is an error, never "all"
 */
public record SearchQuery(String text, int page, int size, Confidentiality clearance) {

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        Objects.requireNonNull(clearance, "clearance: a search needs the caller's clearance");
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", got " + size);
        }
        text = text == null ? "" : text;
    }
}
