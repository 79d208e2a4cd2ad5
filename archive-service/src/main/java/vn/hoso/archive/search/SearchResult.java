package vn.hoso.archive.search;

import java.util.List;

/** One page of hits; {@code total} counts every visible matching dossier, not pages and not only this page. */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
