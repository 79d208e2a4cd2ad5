package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hoso.archive.search.IndexedDossiers.classified;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.IndexedDossiers.martyr;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Confidentiality;

/** {@link SearchIndex#forEachHit}: a whole result list, for exports, in order, bounded, and access-filtered. */
class LuceneSearchIndexListingTest extends OnDiskIndex {

    private List<SearchHit> listAll(SearchQuery query, long limit, long[] total) {
        List<SearchHit> hits = new ArrayList<>();
        total[0] = index.forEachHit(query, limit, hits::add);
        return hits;
    }

    @Nested
    class LongLists {

        /** More dossiers than one batch of the walk, so the search-after paging is exercised. */
        static final int DOSSIERS = 1_234;

        void seed() {
            index.upsertAll(IntStream.rangeClosed(1, DOSSIERS)
                    .mapToObj(n -> described("QT-LS-%06d".formatted(n), "Nguyễn Văn Số " + n)
                            .page("Giấy báo tử số " + n)
                            .build()));
        }

        @Test
        void everyMatchingDossierIsHandedOverOnceInTheQueryOrder() {
            seed();
            long[] total = new long[1];

            List<SearchHit> hits = listAll(uncleared("giấy báo tử").sortedBy(SearchSort.CODE), 100_000, total);

            assertThat(total[0]).isEqualTo(DOSSIERS);
            assertThat(hits)
                    .extracting(SearchHit::code)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, DOSSIERS)
                            .mapToObj("QT-LS-%06d"::formatted)
                            .toList());
        }

        @Test
        void relevanceOrderIsTheOrderOfTheResultPages() {
            seed();
            SearchQuery query = new SearchQuery("nguyen van so 17", 0, 100, Confidentiality.UNCLASSIFIED);
            List<String> firstPage =
                    index.search(query).hits().stream().map(SearchHit::code).toList();

            List<SearchHit> listed = listAll(query, 100, new long[1]);

            assertThat(listed).extracting(SearchHit::code).containsExactlyElementsOf(firstPage);
        }

        @Test
        void relevanceOrderAcrossBatchesIsTheOrderOfEveryResultPageInTurn() {
            seed();
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * SearchQuery.MAX_SIZE < DOSSIERS; page++) {
                index.search(new SearchQuery("giay bao tu", page, SearchQuery.MAX_SIZE, Confidentiality.UNCLASSIFIED))
                        .hits()
                        .forEach(hit -> paged.add(hit.code()));
            }

            List<SearchHit> listed = listAll(uncleared("giay bao tu"), 100_000, new long[1]);

            assertThat(listed).extracting(SearchHit::code).containsExactlyElementsOf(paged);
            assertThat(paged).hasSize(DOSSIERS).doesNotHaveDuplicates();
        }

        @Test
        void limitCutsTheListButTheTotalCountsEveryMatch() {
            seed();
            long[] total = new long[1];

            List<SearchHit> hits = listAll(uncleared(""), 700, total);

            assertThat(hits).hasSize(700);
            assertThat(total[0]).isEqualTo(DOSSIERS);
        }
    }

    @Test
    void hitsCarryTheirMatchingPagesAndPageCountButNoSnippets() {
        index.upsert(
                martyr("QT-LS-000001", "Lê Văn Tám", "trang bìa", "Giấy báo tử Lê Văn Tám", "Lê Văn Tám").toBuilder()
                        .pageCount(5)
                        .build());

        SearchHit hit = listAll(uncleared("giay bao tu"), 10, new long[1]).getFirst();

        assertThat(hit.pages()).containsExactly(2);
        assertThat(hit.pageCount()).isEqualTo(5);
        assertThat(hit.snippets()).isEmpty();
    }

    @Test
    void classifiedDossierIsNeitherHandedOverNorCountedWithoutClearance() {
        index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thường", "Giấy báo tử Nguyễn Văn Thường"));
        index.upsert(classified(
                "QT-LS-000002", "Nguyễn Văn Thường", Confidentiality.CONFIDENTIAL, "Báo cáo mật, Nguyễn Văn Thường"));
        long[] total = new long[1];

        List<SearchHit> hits = listAll(uncleared("nguyen van thuong"), 100, total);

        assertThat(total[0]).isEqualTo(1);
        assertThat(hits).extracting(SearchHit::code).containsExactly("QT-LS-000001");
    }

    @Test
    void aTextWithNoSearchableWordListsNothing() {
        index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "Giấy báo tử"));

        assertThat(listAll(uncleared("?!"), 10, new long[1])).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> index.forEachHit(uncleared(""), 0, hit -> {}));
    }
}
