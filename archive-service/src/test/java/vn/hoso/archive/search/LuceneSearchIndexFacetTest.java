package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.search.SearchFacets.FacetCount;

/** Facet counts describe exactly the dossiers of the result, however many are on the page. */
class LuceneSearchIndexFacetTest extends OnDiskIndex {

    @BeforeEach
    void seed() {
        index.upsertAll(Stream.of(
                described("QT-LS-000001", "Nguyễn Văn Thường")
                        .birthYear(1948)
                        .hometown(null, "Quảng Trị", "Hải Lăng", "xã Hải Dương")
                        .page("giấy báo tử")
                        .build(),
                described("QT-LS-000002", "Nguyễn Văn Thương")
                        .birthYear(1952)
                        .hometown(null, "Quảng Trị", "Gio Linh", "xã Gio Mỹ")
                        .page("giấy báo tử")
                        .build(),
                described("QT-TB-000003", "Nguyễn Văn Thưởng")
                        .birthYear(1941)
                        .category("WAR_INVALID", "Thương binh")
                        .status("IN_REVIEW", "Đang duyệt")
                        .hometown(null, "Quảng Trị", "Hải Lăng", "xã Hải Quế")
                        .build(),
                described("QB-LS-000004", "Lê Thị Hoà")
                        .hometown(null, "Quảng Bình", "Lệ Thủy", null)
                        .page("giấy báo tử")
                        .build()));
    }

    @Test
    void everyFacetCountsTheMatchingDossiers() {
        SearchFacets facets = index.search(
                        new SearchQuery("nguyen van thuong", 0, 1, vn.hoso.archive.access.Confidentiality.UNCLASSIFIED))
                .facets();

        assertThat(facets.categories()).containsExactly(new FacetCount("MARTYR", 2), new FacetCount("WAR_INVALID", 1));
        assertThat(facets.provinces()).containsExactly(new FacetCount("Quảng Trị", 3));
        assertThat(facets.districts()).containsExactly(new FacetCount("Hải Lăng", 2), new FacetCount("Gio Linh", 1));
        assertThat(facets.statuses()).containsExactly(new FacetCount("ARCHIVED", 2), new FacetCount("IN_REVIEW", 1));
    }

    @Test
    void birthDecadesAreInTimeOrderAndUnknownYearsAreNotCounted() {
        SearchFacets facets = index.search(uncleared("")).facets();

        assertThat(facets.birthDecades()).containsExactly(new FacetCount("1940", 2), new FacetCount("1950", 1));
    }

    @Test
    void facetsFollowTheQueryAndItsFilters() {
        SearchResult result = index.search(uncleared("giấy báo tử")
                .withFilters(SearchFilters.builder().province("quang tri").build()));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().districts())
                .containsExactly(new FacetCount("Gio Linh", 1), new FacetCount("Hải Lăng", 1));
        assertThat(result.facets().provinces()).containsExactly(new FacetCount("Quảng Trị", 2));
    }

    @Test
    void facetValueFedBackAsAFilterSelectsItsCount() {
        FacetCount lang = index.search(uncleared("")).facets().districts().getFirst();

        SearchResult narrowed = index.search(uncleared("")
                .withFilters(SearchFilters.builder().district(lang.value()).build()));

        assertThat(narrowed.total()).isEqualTo(lang.count());
    }

    @Test
    void resultWithoutMatchesHasNoFacets() {
        assertThat(index.search(uncleared("Khe Sanh")).facets()).isEqualTo(SearchFacets.NONE);
    }
}
