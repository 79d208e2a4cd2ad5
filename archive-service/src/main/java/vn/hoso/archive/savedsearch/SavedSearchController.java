package vn.hoso.archive.savedsearch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;

/** Translates the saved-search HTTP calls to {@link SavedSearches}; every call acts on the caller's own list. */
@RestController
class SavedSearchController {

    /** The body of a save or a change; in a change, an absent part is kept as it was. */
    record Request(String name, String q, Map<String, String> filters, String sort) {

        boolean changesSearch() {
            return q != null || filters != null || sort != null;
        }
    }

    /**
     * A saved search as the UI shows and runs it.
     *
     * @param query the parameters as a URL query for {@code /api/search} or {@code /api/search/export}
     */
    record View(
            String id,
            String name,
            String q,
            Map<String, String> filters,
            String sort,
            String query,
            Instant createdAt,
            Instant updatedAt) {

        static View of(SavedSearch search) {
            SearchParameters parameters = search.parameters();
            return new View(
                    search.id(),
                    search.name(),
                    parameters.text(),
                    parameters.filters(),
                    parameters.sort(),
                    parameters.queryString(),
                    search.createdAt(),
                    search.updatedAt());
        }
    }

    private final SavedSearches searches;

    SavedSearchController(SavedSearches searches) {
        this.searches = searches;
    }

    @GetMapping("/api/saved-searches")
    List<View> list(Caller caller) {
        return searches.list(caller).stream().map(View::of).toList();
    }

    @GetMapping("/api/saved-searches/{id}")
    View get(@PathVariable String id, Caller caller) {
        return View.of(searches.get(caller, id));
    }

    @PostMapping("/api/saved-searches")
    ResponseEntity<View> save(@RequestBody Request request, Caller caller) {
        SavedSearch saved = searches.save(
                caller, request.name(), SearchParameters.of(request.q(), request.filters(), request.sort()));
        return ResponseEntity.created(URI.create("/api/saved-searches/" + saved.id()))
                .body(View.of(saved));
    }

    /** Renames ({@code name} only), changes what it searches ({@code q}, {@code filters}, {@code sort}), or both. */
    @PutMapping("/api/saved-searches/{id}")
    View update(@PathVariable String id, @RequestBody Request request, Caller caller) {
        SearchParameters parameters = null;
        if (request.changesSearch()) {
            SearchParameters current = searches.get(caller, id).parameters();
            parameters = SearchParameters.of(
                    request.q() == null ? current.text() : request.q(),
                    request.filters() == null ? current.filters() : request.filters(),
                    request.sort() == null ? current.sort() : request.sort());
        }
        return View.of(searches.update(caller, id, request.name(), parameters));
    }

    @DeleteMapping("/api/saved-searches/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Caller caller) {
        searches.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
