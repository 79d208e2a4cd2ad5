package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Confidentiality;

/** Result order: relevance by default, Vietnamese name order, birth year. */
class LuceneSearchIndexSortingTest extends OnDiskIndex {

    @BeforeEach
    void seed() {
        index.upsertAll(Stream.of(
                described("D1", "Trần Văn An")
                        .birthYear(1950)
                        .page("giấy báo tử")
                        .build(),
                described("D2", "Lê Thị Bình")
                        .birthYear(1940)
                        .page("giấy báo tử")
                        .build(),
                described("D3", "Lê Văn An").page("giấy báo tử").build(),
                described("D4", "Nguyễn Văn Thường")
                        .birthYear(1945)
                        .page("giấy báo tử")
                        .build(),
                described("D5", "Nguyễn Văn Thương")
                        .birthYear(1945)
                        .page("giấy báo tử")
                        .build(),
                described("D6", "Đặng Văn Đức")
                        .birthYear(1960)
                        .page("giấy báo tử")
                        .build(),
                described("D7", "Hoàng Văn Ánh")
                        .birthYear(1940)
                        .page("giấy báo tử")
                        .build()));
    }

    private List<String> sorted(String typed, SearchSort sort) {
        return codes(index.search(new SearchQuery(typed, null, sort, 0, 20, Confidentiality.UNCLASSIFIED)));
    }

    @Test
    void byNameFollowsVietnameseOrderGivenNameFirst() {
        assertThat(sorted("báo tử", SearchSort.NAME)).containsExactly("D3", "D1", "D7", "D2", "D6", "D5", "D4");
    }

    @Test
    void byBirthYearIsOldestFirstThenByNameWithUnknownYearsLast() {
        assertThat(sorted("", SearchSort.BIRTH_YEAR)).containsExactly("D7", "D2", "D5", "D4", "D1", "D6", "D3");
    }

    @Test
    void relevanceIsTheDefaultAndCodeBreaksTies() {
        index.upsert(described("D8", "Lê Văn Thường").build());

        assertThat(codes(index.search(uncleared("Thường")))).containsExactly("D4", "D8", "D5");
        assertThat(sorted("", SearchSort.RELEVANCE)).startsWith("D1", "D2", "D3");
    }

    @Test
    void sortedPagesCoverEveryHitOnceInOrder() {
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            pages.addAll(codes(index.search(
                    new SearchQuery("báo tử", null, SearchSort.NAME, page, 3, Confidentiality.UNCLASSIFIED))));
        }
        assertThat(pages).containsExactly("D3", "D1", "D7", "D2", "D6", "D5", "D4");
    }
}
