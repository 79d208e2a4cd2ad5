package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.classified;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.IndexedDossiers.martyr;
import static vn.hoso.archive.search.Queries.clearedFor;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.search.SearchFacets.FacetCount;

/**
 * A dossier above the caller's clearance leaves no trace in what the caller gets: not in a total, the hits, their
 * pages or snippets, a facet count, a suggestion, or a word boxed on a page.
 */
class LuceneSearchIndexAccessTest extends OnDiskIndex {

    @BeforeEach
    void seed() {
        index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thường", "Giấy báo tử liệt sĩ Nguyễn Văn Thường"));
        index.upsert(classified(
                "QT-LS-000002",
                "Nguyễn Văn Thường",
                Confidentiality.CONFIDENTIAL,
                "Báo cáo mật về trận đánh, Nguyễn Văn Thường chỉ huy"));
        index.upsert(classified(
                "QT-LS-000003",
                "Nguyễn Văn Thường",
                Confidentiality.TOP_SECRET,
                "Nguyễn Văn Thường, nhiệm vụ đặc biệt"));
    }

    @Test
    void confidentialDossierIsAbsentFromTotalAndHitsForUnclassifiedClearance() {
        SearchResult result = index.search(uncleared("Nguyễn Văn Thường"));

        assertThat(result.total()).isEqualTo(1);
        assertThat(codes(result)).containsExactly("QT-LS-000001");
    }

    @Test
    void confidentialDossierIsFoundWithConfidentialClearance() {
        SearchResult result = index.search(clearedFor(Confidentiality.CONFIDENTIAL, "Nguyễn Văn Thường"));

        assertThat(result.total()).isEqualTo(2);
        assertThat(codes(result)).containsExactlyInAnyOrder("QT-LS-000001", "QT-LS-000002");
    }

    @Test
    void topClearanceSeesEveryLevel() {
        assertThat(index.search(clearedFor(Confidentiality.TOP_SECRET, "thuong"))
                        .total())
                .isEqualTo(3);
    }

    @Test
    void wordsOnlyInAClassifiedDossierFindNothingWithoutClearance() {
        SearchResult result = index.search(uncleared("\"báo cáo mật\""));

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void listingWithoutQueryHonoursClearance() {
        assertThat(codes(index.search(uncleared("")))).containsExactly("QT-LS-000001");
        assertThat(codes(index.search(clearedFor(Confidentiality.SECRET, " "))))
                .containsExactly("QT-LS-000001", "QT-LS-000002");
    }

    @Nested
    class Facets {

        @BeforeEach
        void classifiedDossierWithItsOwnValues() {
            index.upsert(described("HT-TB-000009", "Nguyễn Văn Thường", Confidentiality.CONFIDENTIAL)
                    .category("WAR_INVALID", "Thương binh")
                    .status("DRAFT", "Nháp")
                    .birthYear(1931)
                    .hometown(null, "Hà Tĩnh", "Can Lộc", null)
                    .build());
        }

        @Test
        void countOnlyVisibleDossiers() {
            SearchFacets facets = index.search(uncleared("Nguyễn Văn Thường")).facets();

            assertThat(facets.categories()).containsExactly(new FacetCount("Liệt sĩ", 1));
            assertThat(facets.birthDecades()).containsExactly(new FacetCount("1940", 1));
            assertThat(facets.provinces()).isEmpty();
            assertThat(facets.districts()).isEmpty();
            assertThat(facets.statuses()).isEmpty();
        }

        @Test
        void includeClassifiedDossiersForAClearedCaller() {
            SearchFacets facets = index.search(clearedFor(Confidentiality.CONFIDENTIAL, "Nguyễn Văn Thường"))
                    .facets();

            assertThat(facets.categories()).contains(new FacetCount("WAR_INVALID", 1));
            assertThat(facets.provinces()).containsExactly(new FacetCount("Hà Tĩnh", 1));
        }
    }

    @Nested
    class Fields {

        @BeforeEach
        void classifiedDossierWithNumbers() {
            index.upsert(described("QT-LS-000010", "Phạm Văn Mật", Confidentiality.SECRET)
                    .citizenId("045099000001")
                    .decisionNumbers(List.of("99/QĐ-BQP"))
                    .build());
        }

        @Test
        void exactFieldsFindNothingAboveTheClearance() {
            for (String typed : List.of(
                    "cccd: 045099000001",
                    "so qd: 99/QĐ-BQP",
                    "ma: QT-LS-000010",
                    "ma: QT-LS*",
                    "ho ten: pham van mat")) {
                assertThat(codes(index.search(uncleared(typed)))).as(typed).doesNotContain("QT-LS-000010");
            }
            assertThat(index.search(uncleared("cccd: 045099000001")).total()).isZero();
        }

        @Test
        void sortedListingsLeaveThemOut() {
            SearchQuery byName = new SearchQuery("", null, SearchSort.NAME, 0, 10, Confidentiality.UNCLASSIFIED);

            assertThat(codes(index.search(byName))).containsExactly("QT-LS-000001");
        }
    }

    @Nested
    class Suggestions {

        @Test
        void nameOnlyInAClassifiedDossierIsNotSuggested() {
            index.upsert(described("QT-LS-000011", "Phạm Văn Mật", Confidentiality.CONFIDENTIAL)
                    .build());

            assertThat(index.suggest("pham", Confidentiality.UNCLASSIFIED, 10)).isEmpty();
            assertThat(index.suggest("pham", Confidentiality.CONFIDENTIAL, 10))
                    .containsExactly(new NameSuggestion("Phạm Văn Mật", 1));
        }

        @Test
        void countOfASharedNameLeavesClassifiedDossiersOut() {
            assertThat(index.suggest("nguyen van thuong", Confidentiality.UNCLASSIFIED, 10))
                    .containsExactly(new NameSuggestion("Nguyễn Văn Thường", 1));
            assertThat(index.suggest("nguyen van thuong", Confidentiality.TOP_SECRET, 10))
                    .containsExactly(new NameSuggestion("Nguyễn Văn Thường", 3));
        }
    }

    @Nested
    class PageWords {

        private final List<PageWord> words = List.of(
                new PageWord("Báo", 0, 0, 40, 20),
                new PageWord("cáo", 50, 0, 40, 20),
                new PageWord("mật", 100, 0, 40, 20));

        @Test
        void classifiedPageHasNoWordsToBoxWithoutClearance() {
            assertThat(index.matchingWords("QT-LS-000002", uncleared("báo cáo mật"), words))
                    .isEmpty();
        }

        @Test
        void classifiedPageHasItsWordsBoxedWithClearance() {
            assertThat(index.matchingWords("QT-LS-000002", clearedFor(Confidentiality.CONFIDENTIAL, "mật"), words))
                    .containsExactly(new PageWord("mật", 100, 0, 40, 20));
        }
    }

    @Test
    void visibleHitCarriesNoSnippetFromAClassifiedDossier() {
        SearchResult result = index.search(uncleared("Thường"));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.pages()).containsExactly(1);
            assertThat(hit.snippets()).singleElement().asString().contains("Giấy báo tử");
        });
    }
}
