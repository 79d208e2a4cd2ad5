package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hoso.archive.search.IndexedDossiers.martyr;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Confidentiality;

/** The shape of a result: paging, matched pages, snippets, and queries with nothing to search for. */
class LuceneSearchIndexResultsTest extends OnDiskIndex {

    @Nested
    class Paging {

        @BeforeEach
        void fiveMatchingDossiers() {
            for (int i = 1; i <= 5; i++) {
                index.upsert(martyr("QT-LS-00000" + i, "Lê Văn Tám", "giấy báo tử"));
            }
        }

        @Test
        void pagesCoverEveryDossierOnceAndEachReportsTheFullTotal() {
            List<String> seen = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                SearchResult result = index.search(new SearchQuery("Tám", page, 2, Confidentiality.UNCLASSIFIED));
                assertThat(result.total()).isEqualTo(5);
                assertThat(result.hits()).hasSize(page < 2 ? 2 : 1);
                seen.addAll(codes(result));
            }
            assertThat(seen).doesNotHaveDuplicates().hasSize(5);
        }

        @Test
        void pageBeyondTheLastIsEmptyButKeepsTheTotal() {
            SearchResult result = index.search(new SearchQuery("Tám", 1_000_000, 100, Confidentiality.UNCLASSIFIED));

            assertThat(result.total()).isEqualTo(5);
            assertThat(result.hits()).isEmpty();
        }
    }

    @Test
    void hitCarriesWhatAResultListShows() {
        index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thường"));

        SearchHit hit = index.search(uncleared("Thường")).hits().getFirst();

        assertThat(hit.code()).isEqualTo("QT-LS-000001");
        assertThat(hit.title()).isEqualTo("Hồ sơ liệt sĩ Nguyễn Văn Thường");
        assertThat(hit.fullName()).isEqualTo("Nguyễn Văn Thường");
        assertThat(hit.category()).isEqualTo("Liệt sĩ");
        assertThat(hit.score()).isPositive();
    }

    @Nested
    class MatchedPages {

        @Test
        void hitListsTheSeqsOfMatchingPagesInAscendingOrder() {
            index.upsert(IndexedDossier.builder("QT-LS-000001", Confidentiality.UNCLASSIFIED)
                    .title("Hồ sơ liệt sĩ")
                    .fullName("Lê Văn Tám")
                    .pages(List.of(
                            new IndexedPage(7, "giấy báo tử lần hai"),
                            new IndexedPage(2, "bản khai thân nhân"),
                            new IndexedPage(3, "giấy báo tử lần đầu")))
                    .build());

            assertThat(index.search(uncleared("báo tử")).hits().getFirst().pages())
                    .containsExactly(3, 7);
        }

        @Test
        void dossierMatchedOnlyByItsNameListsNoPages() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "giấy báo tử"));

            SearchHit hit = index.search(uncleared("Tám")).hits().getFirst();

            assertThat(hit.pages()).isEmpty();
            assertThat(hit.snippets()).isEmpty();
        }
    }

    @Nested
    class Snippets {

        @Test
        void snippetMarksTheMatchAndEscapesTheRestAsHtml() {
            index.upsert(martyr(
                    "QT-LS-000001",
                    "Lê Văn Tám",
                    "Ghi chú <b>quan trọng</b> & khẩn: liệt sĩ Nguyễn Văn Thường hy sinh tại Quảng Trị"));

            String snippet = index.search(uncleared("Thường"))
                    .hits()
                    .getFirst()
                    .snippets()
                    .getFirst();

            assertThat(snippet)
                    .contains("<mark>Thường</mark>")
                    .contains("&lt;b&gt;")
                    .contains("&amp;")
                    .doesNotContain("<b>");
        }

        @Test
        void queryWithoutDiacriticsMarksTheAccentedWord() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "liệt sĩ Nguyễn Văn Thường hy sinh"));

            String snippet = index.search(uncleared("thuong"))
                    .hits()
                    .getFirst()
                    .snippets()
                    .getFirst();

            assertThat(snippet).contains("<mark>Thường</mark>");
        }

        @Test
        void atMostThreeSnippetsEvenWhenMorePagesMatch() {
            index.upsert(martyr(
                    "QT-LS-000001",
                    "Lê Văn Tám",
                    "giấy báo tử",
                    "giấy báo tử",
                    "giấy báo tử",
                    "giấy báo tử",
                    "giấy báo tử"));

            SearchHit hit = index.search(uncleared("báo tử")).hits().getFirst();

            assertThat(hit.pages()).containsExactly(1, 2, 3, 4, 5);
            assertThat(hit.snippets()).hasSize(3).allSatisfy(s -> assertThat(s).contains("<mark>"));
        }

        @Test
        void everyHitOfAFullPageGetsTheSnippetsOfItsOwnPages() {
            // A result page of 10 hits × 3 pages: more pages than one snippet task cuts, so their fragments are
            // cut apart and put back together.
            for (int i = 1; i <= 20; i++) {
                String code = "QT-LS-%06d".formatted(i);
                index.upsert(martyr(
                        code,
                        "Lê Văn Tám",
                        "giấy báo tử của " + code + " trang một",
                        "giấy báo tử của " + code + " trang hai",
                        "giấy báo tử của " + code + " trang ba"));
            }

            List<SearchHit> hits = index.search(uncleared("\"giấy báo tử\"")).hits();

            assertThat(hits).hasSize(10).allSatisfy(hit -> assertThat(hit.snippets())
                    .hasSize(3)
                    .allSatisfy(snippet -> assertThat(snippet).contains("<mark>giấy báo tử</mark> của " + hit.code())));
        }

        @Test
        void snippetOfALongPageIsAFragmentAroundTheMatch() {
            String filler = "Đơn vị xác nhận quá trình công tác của đồng chí. ".repeat(40);
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", filler + "Ngày hy sinh: 12 tháng 3 năm 1972. " + filler));

            String snippet = index.search(uncleared("\"hy sinh\""))
                    .hits()
                    .getFirst()
                    .snippets()
                    .getFirst();

            assertThat(snippet).contains("<mark>hy sinh</mark>").hasSizeLessThan(400);
        }
    }

    @Nested
    class NothingToSearchFor {

        @Test
        void blankQueryListsEveryVisibleDossierInCodeOrder() {
            index.upsert(martyr("QT-LS-000003", "Lê Văn Ba"));
            index.upsert(martyr("QT-LS-000001", "Lê Văn Một"));
            index.upsert(martyr("QT-LS-000002", "Lê Văn Hai"));

            SearchResult result = index.search(uncleared("   "));

            assertThat(result.total()).isEqualTo(3);
            assertThat(codes(result)).containsExactly("QT-LS-000001", "QT-LS-000002", "QT-LS-000003");
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.score()).isZero());
        }

        @Test
        void queryOfPunctuationOnlyMatchesNothing() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám"));

            assertThat(index.search(uncleared("- ; \"\" ...")).total()).isZero();
        }

        @Test
        void queryWithTooManyWordsIsRejected() {
            String words = "từ ".repeat(33);

            assertThrows(IllegalArgumentException.class, () -> index.search(uncleared(words)));
        }
    }
}
