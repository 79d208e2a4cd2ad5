package vn.hoso.archive.search;

import java.util.List;

/**
 * One page of hits. {@code total} counts every visible matching dossier, not pages and not only this page;
 * {@code facets} count the same set of dossiers.
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? SearchFacets.NONE : facets;
    }
}
