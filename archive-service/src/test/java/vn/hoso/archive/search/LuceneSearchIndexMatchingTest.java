package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.martyr;
import static vn.hoso.archive.search.IndexedDossiers.martyrFrom;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Confidentiality;

/** How typed Vietnamese finds dossiers: diacritics, tone styles, ranking, words and phrases. */
class LuceneSearchIndexMatchingTest extends OnDiskIndex {

    @Nested
    class Diacritics {

        @Test
        void queryTypedWithoutDiacriticsFindsAccentedName() {
            index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thường"));

            assertThat(codes(index.search(uncleared("nguyen van thuong")))).containsExactly("QT-LS-000001");
        }

        @Test
        void plainDFindsBarredDAndBarredDFindsPlainD() {
            index.upsert(martyr("QT-LS-000001", "Đặng Văn Đức"));
            index.upsert(martyrFrom("QT-LS-000002", "Lê Văn Tám", "Dong Hoi, Quang Binh"));

            assertThat(codes(index.search(uncleared("dang van duc")))).containsExactly("QT-LS-000001");
            assertThat(codes(index.search(uncleared("Đồng Hới")))).containsExactly("QT-LS-000002");
        }

        @Test
        void decomposedTextAndPrecomposedQueryFindEachOther() {
            String decomposed = Normalizer.normalize("Trần Thị Thuỷ", Normalizer.Form.NFD);
            index.upsert(martyr("QT-LS-000001", decomposed));

            SearchResult result = index.search(uncleared("Trần Thị Thuỷ"));

            assertThat(codes(result)).containsExactly("QT-LS-000001");
            assertThat(result.hits().getFirst().fullName()).isEqualTo("Trần Thị Thuỷ");
        }

        @Test
        void decomposedQueryFindsPrecomposedText() {
            index.upsert(martyr("QT-LS-000001", "Phạm Văn Đồng"));

            String query = Normalizer.normalize("Phạm Văn Đồng", Normalizer.Form.NFD);

            assertThat(codes(index.search(uncleared(query)))).containsExactly("QT-LS-000001");
        }
    }

    @Nested
    class ToneStyles {

        @Test
        void oldStyleQueryFindsNewStyleText() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn An", "Uỷ ban nhân dân xã Hoà Bình xác nhận"));

            assertThat(codes(index.search(uncleared("\"Ủy ban\" Hòa")))).containsExactly("QT-LS-000001");
        }

        @Test
        void newStyleQueryFindsOldStyleText() {
            index.upsert(martyr("QT-LS-000001", "Trần Thị Thủy", "Giấy chứng nhận sức khỏe, đại úy quân y"));

            assertThat(codes(index.search(uncleared("Thuỷ khoẻ uý")))).containsExactly("QT-LS-000001");
        }

        @Test
        void otherToneStyleCountsAsExactSpellingNotAsFoldedMatch() {
            index.upsert(martyr("QT-LS-000001", "Lê Thị Hỏa"));
            index.upsert(martyr("QT-LS-000002", "Lê Thị Hoà"));

            assertThat(codes(index.search(uncleared("Lê Thị Hòa")))).first().isEqualTo("QT-LS-000002");
        }
    }

    @Nested
    class Ranking {

        @Test
        void exactDiacriticsRankAboveFoldedOnlyMatches() {
            index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thương"));
            index.upsert(martyr("QT-LS-000002", "Nguyễn Văn Thường"));

            SearchResult result = index.search(uncleared("Thường"));

            assertThat(codes(result)).containsExactly("QT-LS-000002", "QT-LS-000001");
            assertThat(result.hits().get(0).score())
                    .isGreaterThan(result.hits().get(1).score());
        }

        @Test
        void queryWithoutDiacriticsFindsEverySpelling() {
            index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thương"));
            index.upsert(martyr("QT-LS-000002", "Nguyễn Văn Thường"));

            SearchResult result = index.search(uncleared("thuong"));

            assertThat(result.total()).isEqualTo(2);
            assertThat(codes(result)).containsExactlyInAnyOrder("QT-LS-000001", "QT-LS-000002");
        }

        @Test
        void nameMatchOutranksPageTextMatch() {
            index.upsert(martyr("QT-LS-000001", "Hoàng Văn Lợi", "Đồng chí Trần Văn Bình cùng đơn vị xác nhận"));
            index.upsert(martyr("QT-LS-000002", "Trần Văn Bình", "Giấy báo tử"));

            assertThat(codes(index.search(uncleared("Trần Văn Bình")))).containsExactly("QT-LS-000002", "QT-LS-000001");
        }
    }

    @Nested
    class WordsAndPhrases {

        @Test
        void everyWordMustMatchSomewhereInTheDossier() {
            index.upsert(martyrFrom("QT-LS-000001", "Nguyễn Văn Thường", "Tuy An, Phú Yên", "hy sinh năm 1972"));
            index.upsert(martyrFrom("QT-LS-000002", "Nguyễn Văn Thường", "Can Lộc, Hà Tĩnh", "hy sinh năm 1968"));

            assertThat(codes(index.search(uncleared("thuong phu yen 1972")))).containsExactly("QT-LS-000001");
        }

        @Test
        void quotedPhraseMatchesOnlyAdjacentWordsInOrder() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "Đồng chí đã hy sinh tại mặt trận Quảng Trị"));
            index.upsert(martyr("QT-LS-000002", "Lê Văn Bảy", "Gia đình hy vọng đồng chí sinh sống tại Huế"));

            assertThat(codes(index.search(uncleared("\"hy sinh\"")))).containsExactly("QT-LS-000001");
            assertThat(index.search(uncleared("hy sinh")).total()).isEqualTo(2);
        }

        @Test
        void namePhraseWrittenOnAPageIsFoundWithOrWithoutDiacriticsAndOnlyInItsOrder() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "Người làm chứng: đồng chí Trần Văn Hải, xã đội trưởng"));
            index.upsert(martyr("QT-LS-000002", "Lê Văn Bảy", "Hải đi cùng Văn và Trần trong đơn vị"));

            assertThat(codes(index.search(uncleared("\"Trần Văn Hải\"")))).containsExactly("QT-LS-000001");
            assertThat(codes(index.search(uncleared("\"tran van hai\"")))).containsExactly("QT-LS-000001");
            assertThat(index.search(uncleared("\"hai van tran\"")).total()).isZero();
            assertThat(index.search(uncleared("tran van hai")).total()).isEqualTo(2);
        }

        @Test
        void phraseDoesNotMatchAcrossTwoPages() {
            index.upsert(
                    martyr("QT-LS-000001", "Lê Văn Tám", "trang một kết thúc bằng chữ hy", "sinh mở đầu trang hai"));

            assertThat(index.search(uncleared("\"hy sinh\"")).total()).isZero();
        }

        @Test
        void longPhraseMatchesOnlyWhenWrittenInFullInOrder() {
            index.upsert(martyr(
                    "QT-LS-000001",
                    "Lê Văn Tám",
                    "Đồng chí đã hy sinh trong khi làm nhiệm vụ chiến đấu bảo vệ Tổ quốc tại biên giới"));
            // Every run of three words of the phrase is on the page, but never all six in a row.
            index.upsert(martyr(
                    "QT-LS-000002",
                    "Lê Văn Bảy",
                    "Đơn vị chiến đấu bảo đảm hậu cần; đồng chí vệ tổ quốc là khẩu hiệu; chiến đấu bảo vệ làng"));
            index.upsert(martyr("QT-LS-000003", "Lê Văn Chín", "nhiệm vụ chiến đấu", "bảo vệ Tổ quốc"));

            for (String phrase : List.of(
                    "\"chiến đấu bảo vệ Tổ quốc\"",
                    "\"chien dau bao ve to quoc\"",
                    "\"nhiệm vụ chiến đấu bảo vệ Tổ quốc\"",
                    "\"vu chien dau bao\"",
                    "\"lam nhiem vu chien dau bao ve to quoc tai\"")) {
                assertThat(codes(index.search(uncleared(phrase)))).as(phrase).containsExactly("QT-LS-000001");
            }
            assertThat(index.search(uncleared("\"bảo vệ Tổ quốc chiến đấu\"")).total())
                    .isZero();
            assertThat(codes(index.search(uncleared("\"bảo vệ Tổ quốc\""))))
                    .containsExactlyInAnyOrder("QT-LS-000001", "QT-LS-000003");
        }

        @Test
        void pagePhraseWithTheTypedDiacriticsRanksAboveTheSameLettersWithOthers() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "Người làm chứng: bà Hoàng Thị Thương, hàng xóm"));
            index.upsert(martyr("QT-LS-000002", "Lê Văn Bảy", "Người làm chứng: bà Hoàng Thị Thường, hàng xóm"));

            assertThat(codes(index.search(uncleared("\"Hoàng Thị Thường\""))))
                    .containsExactly("QT-LS-000002", "QT-LS-000001");
            assertThat(codes(index.search(uncleared("\"Hoàng Thị Thương\""))))
                    .containsExactly("QT-LS-000001", "QT-LS-000002");
        }

        @Test
        void dossierCodeAndBirthYearAreSearchable() {
            index.upsert(martyr("QT-LS-012345", "Lê Văn Tám"));
            index.upsert(martyr("QT-LS-054321", "Lê Văn Tám"));

            assertThat(codes(index.search(uncleared("QT-LS-012345")))).containsExactly("QT-LS-012345");
            assertThat(index.search(uncleared("Tám 1948")).total()).isEqualTo(2);
        }

        @Test
        void categoryIsNotMatchedAsText() {
            index.upsert(IndexedDossier.builder("QT-TB-000001", Confidentiality.UNCLASSIFIED)
                    .title("Hồ sơ người có công")
                    .category("WAR_INVALID", "Thương binh")
                    .fullName("Lê Văn Tám")
                    .birthYear(1950)
                    .hometown("Huế", null, null, null)
                    .build());

            assertThat(index.search(uncleared("thương binh")).total()).isZero();
        }
    }
}
