package vn.hoso.archive.savedsearch;

import java.time.Instant;
import java.util.Objects;

/**
 * One named search of one user.
 *
 * @param id stable, opaque, unique among the owner's saved searches
 * @param name as the user gave it, NFC, trimmed; Vietnamese welcome
 * @param parameters what to search, as {@code GET /api/search} takes it
 */
public record SavedSearch(String id, String name, SearchParameters parameters, Instant createdAt, Instant updatedAt) {

    public SavedSearch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    SavedSearch renamed(String newName, Instant at) {
        return new SavedSearch(id, newName, parameters, createdAt, at);
    }

    SavedSearch searching(SearchParameters newParameters, Instant at) {
        return new SavedSearch(id, name, newParameters, createdAt, at);
    }
}
