package vn.hoso.archive.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.audit.AuditTrail;
import vn.hoso.archive.dossier.Category;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.PageNotFoundException;
import vn.hoso.archive.page.PageTexts;

/** Translates search HTTP calls to the {@link SearchIndex}; every call carries the caller's visibility. */
@RestController
class SearchController {

    private final SearchIndex index;
    private final DossierIndexing indexing;
    private final Dossiers dossiers;
    private final PageTexts texts;

    SearchController(SearchIndex index, DossierIndexing indexing, Dossiers dossiers, PageTexts texts) {
        this.index = index;
        this.indexing = indexing;
        this.dossiers = dossiers;
        this.texts = texts;
    }

    record Hit(
            String code,
            String title,
            String fullName,
            List<String> otherNames,
            String category,
            String categoryName,
            String status,
            Integer birthYear,
            String hometown,
            String province,
            String district,
            Confidentiality confidentiality,
            String confidentialityName,
            float score,
            List<String> snippets,
            List<Integer> pages) {}

    record Facet(String value, String label, long count) {}

    record Facets(
            List<Facet> categories,
            List<Facet> provinces,
            List<Facet> districts,
            List<Facet> birthDecades,
            List<Facet> statuses) {}

    record Results(long total, int page, int size, String sort, List<Hit> hits, Facets facets) {}

    record Box(String text, int x, int y, int width, int height) {}

    record PageHits(int width, int height, List<Box> boxes) {}

    /** Free text (with the {@code ho ten:}-style syntax) and the advanced form's fields, combined. */
    @GetMapping("/api/search")
    Results search(
            @RequestParam(defaultValue = "") String q,
            @ModelAttribute SearchFilters filters,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Caller caller) {
        SearchSort order =
                SearchSort.valueOf(sort.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        SearchQuery query = new SearchQuery(q, page, size, caller.visibility())
                .withFilters(filters)
                .sortedBy(order);
        SearchResult result = index.search(query);
        AuditTrail.noteCount(result.total());
        return new Results(
                result.total(),
                page,
                size,
                order.name(),
                result.hits().stream().map(SearchController::hit).toList(),
                facets(result.facets()));
    }

    @GetMapping("/api/search/suggest")
    List<NameSuggestion> suggest(
            @RequestParam String prefix, @RequestParam(defaultValue = "10") int limit, Caller caller) {
        return index.suggest(prefix, caller.visibility(), Math.min(Math.max(limit, 1), SearchIndex.MAX_SUGGESTIONS));
    }

    /** Where the query's words stand on a page image, for the viewer to draw. */
    @GetMapping("/api/dossiers/{code}/pages/{seq}/hits")
    PageHits hits(@PathVariable String code, @PathVariable int seq, @RequestParam String q, Caller caller) {
        var dossier = dossiers.get(code, caller);
        dossier.page(seq).orElseThrow(() -> new PageNotFoundException("dossier " + code + " has no page " + seq));
        PageTexts.Words words = texts.words(dossier.code(), seq)
                .orElseThrow(() -> new PageNotFoundException("page " + seq + " of " + code + " has no text yet"));
        List<PageWord> pageWords = words.words().stream()
                .map(word -> new PageWord(word.text(), word.x(), word.y(), word.width(), word.height()))
                .toList();
        List<Box> boxes = index.matchingWords(code, new SearchQuery(q, 0, 1, caller.visibility()), pageWords).stream()
                .map(word -> new Box(word.text(), word.x(), word.y(), word.width(), word.height()))
                .toList();
        return new PageHits(words.width(), words.height(), boxes);
    }

    @PostMapping("/api/admin/reindex")
    DossierIndexing.Report reindex() {
        return indexing.rebuild();
    }

    private static Hit hit(SearchHit hit) {
        return new Hit(
                hit.code(),
                hit.title(),
                hit.fullName(),
                hit.otherNames(),
                hit.category(),
                label(hit.category(), name -> Category.valueOf(name).displayName()),
                hit.status(),
                hit.birthYear(),
                hit.hometown(),
                hit.province(),
                hit.district(),
                hit.confidentiality(),
                hit.confidentiality().displayName(),
                hit.score(),
                hit.snippets(),
                hit.pages());
    }

    private static Facets facets(SearchFacets facets) {
        return new Facets(
                labelled(facets.categories(), name -> Category.valueOf(name).displayName()),
                labelled(facets.provinces(), Function.identity()),
                labelled(facets.districts(), Function.identity()),
                labelled(facets.birthDecades(), decade -> "Thập niên " + decade),
                labelled(facets.statuses(), name -> DossierStatus.valueOf(name).displayName()));
    }

    private static List<Facet> labelled(List<SearchFacets.FacetCount> counts, Function<String, String> label) {
        return counts.stream()
                .map(count -> new Facet(count.value(), label(count.value(), label), count.count()))
                .toList();
    }

    private static String label(String value, Function<String, String> label) {
        try {
            return value == null ? null : label.apply(value);
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
