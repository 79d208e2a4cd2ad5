package vn.hoso.archive.search;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.dossier.Category;

@RestController
class SearchController {

    private final SearchIndex index;
    private final DossierIndexing indexing;

    SearchController(SearchIndex index, DossierIndexing indexing) {
        this.index = index;
        this.indexing = indexing;
    }

    record Hit(String code, String title, String fullName, String category, String categoryName,
            Integer birthYear, String hometown, Confidentiality confidentiality, String confidentialityName,
            float score, List<String> snippets, List<Integer> pages) {}

    record Results(long total, int page, int size, List<Hit> hits) {}

    @GetMapping("/api/search")
    Results search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Caller caller) {
        SearchResult result = index.search(new SearchQuery(q, page, size, caller.clearance()));
        return new Results(result.total(), page, size, result.hits().stream().map(SearchController::hit).toList());
    }

    @PostMapping("/api/admin/reindex")
    DossierIndexing.Report reindex() {
        return indexing.rebuild();
    }

    private static Hit hit(SearchHit hit) {
        return new Hit(hit.code(), hit.title(), hit.fullName(), hit.category(),
                Category.valueOf(hit.category()).displayName(), hit.birthYear(), hit.hometown(),
                hit.confidentiality(), hit.confidentiality().displayName(), hit.score(), hit.snippets(),
                hit.pages());
    }
}
