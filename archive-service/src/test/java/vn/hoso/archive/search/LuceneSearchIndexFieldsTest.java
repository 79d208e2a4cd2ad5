package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fields typed in the query ({@code ho ten: …}) and the same fields sent as {@link SearchFilters}. */
class LuceneSearchIndexFieldsTest extends OnDiskIndex {

    @BeforeEach
    void seed() {
        index.upsertAll(Stream.of(
                described("QT-LS-000001", "Nguyễn Văn Thường")
                        .birthYear(1948)
                        .gender("Nam")
                        .hometown(
                                "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị", "Quảng Trị", "Hải Lăng", "xã Hải Dương")
                        .citizenId("045048001234")
                        .decisionNumbers(List.of("1234/QĐ-UBND"))
                        .documentTypes(List.of("Giấy báo tử", "Bản khai thân nhân"))
                        .dates(List.of(LocalDate.of(1972, 3, 12)))
                        .page("Giấy báo tử: đồng chí Nguyễn Văn Thường hy sinh ngày 12/3/1972")
                        .build(),
                described("QB-TB-000002", "Lê Thị Hoà")
                        .birthYear(1950)
                        .gender("Nữ")
                        .category("WAR_INVALID", "Thương binh")
                        .status("IN_REVIEW", "Đang duyệt")
                        .hometown(
                                "xã Sen Thủy, huyện Lệ Thủy, tỉnh Quảng Bình",
                                "Quảng Bình",
                                "huyện Lệ Thủy",
                                "xã Sen Thủy")
                        .oldId("151234567")
                        .decisionNumbers(List.of("567/QĐ-LĐTBXH"))
                        .documentTypes(List.of("Giấy chứng nhận bị thương"))
                        .dates(List.of(LocalDate.of(1968, 10, 24)))
                        .page("Người khai: Nguyễn Văn Thường, con trai. Giấy báo tử của chồng bà kèm theo.")
                        .build(),
                described("QT-LS-000003", "Trần Văn Bình")
                        .birthYear(1940)
                        .hometown("xã Gio Mỹ, huyện Gio Linh, tỉnh Quảng Trị", "Quảng Trị", "Gio Linh", "xã Gio Mỹ")
                        .otherNames(List.of("Ba Bình"))
                        .build()));
    }

    private List<String> found(String typed) {
        return codes(index.search(uncleared(typed)));
    }

    private List<String> filtered(SearchFilters filters) {
        return codes(index.search(uncleared("").withFilters(filters)));
    }

    @Nested
    class Names {

        @Test
        void nameFieldMatchesNamesNotPageText() {
            assertThat(found("ho ten: nguyen van thuong")).containsExactly("QT-LS-000001");
        }

        @Test
        void nameFieldMatchesOtherNames() {
            assertThat(found("họ tên: Ba Bình")).containsExactly("QT-LS-000003");
        }

        @Test
        void nameFilterMeansTheSameAsTheTypedField() {
            assertThat(filtered(
                            SearchFilters.builder().name("Nguyễn Văn Thường").build()))
                    .containsExactly("QT-LS-000001");
        }
    }

    @Nested
    class NumbersAndCodes {

        @ParameterizedTest
        @ValueSource(strings = {"nam sinh: 1940-1948", "năm sinh: 1948 - 1940"})
        void birthYearRangeIsInclusiveAtBothEnds(String typed) {
            assertThat(found(typed)).containsExactly("QT-LS-000001", "QT-LS-000003");
        }

        @Test
        void openBirthYearRangeFromTheForm() {
            assertThat(filtered(SearchFilters.builder().birthYears(1945, null).build()))
                    .containsExactly("QB-TB-000002", "QT-LS-000001");
        }

        @Test
        void codeMatchesExactlyInAnyCaseOrByPrefixWithAStar() {
            assertThat(found("ma: qt-ls-000001")).containsExactly("QT-LS-000001");
            assertThat(found("mã: QT-LS*")).containsExactly("QT-LS-000001", "QT-LS-000003");
            assertThat(found("ma: QT-LS")).isEmpty();
        }

        @Test
        void citizenAndOldIdMatchWholeNumbersOnly() {
            assertThat(found("cccd: 045048001234")).containsExactly("QT-LS-000001");
            assertThat(found("cmnd: 151.234.567")).containsExactly("QB-TB-000002");
            assertThat(found("cccd: 04504800123")).isEmpty();
        }

        @Test
        void decisionNumberIgnoresCaseAndDiacriticsAndMatchesItsBareNumber() {
            assertThat(found("so qd: 1234/qd-ubnd")).containsExactly("QT-LS-000001");
            assertThat(found("số QĐ: 567")).containsExactly("QB-TB-000002");
            assertThat(found("so qd: 123")).isEmpty();
        }

        @Test
        void plainWordsFindIdentityAndDecisionNumbers() {
            assertThat(found("045048001234")).containsExactly("QT-LS-000001");
            assertThat(found("567/QĐ-LĐTBXH")).containsExactly("QB-TB-000002");
        }

        @Test
        void documentAndDecisionDatesMatchADayOrARange() {
            assertThat(found("ngay: 12/03/1972")).containsExactly("QT-LS-000001");
            assertThat(found("ngày: 1960-1970")).containsExactly("QB-TB-000002");
            assertThat(filtered(SearchFilters.builder()
                            .dates(LocalDate.of(1973, 1, 1), null)
                            .build()))
                    .isEmpty();
        }
    }

    @Nested
    class Labels {

        @ParameterizedTest
        @ValueSource(strings = {"loai: thuong binh", "loại: Thương binh", "loai: WAR_INVALID"})
        void categoryMatchesItsKeyOrItsWrittenName(String typed) {
            assertThat(found(typed)).containsExactly("QB-TB-000002");
        }

        @ParameterizedTest
        @ValueSource(strings = {"trang thai: dang duyet", "trạng thái: Đang duyệt", "trang thai: in_review"})
        void statusMatchesItsKeyOrItsWrittenName(String typed) {
            assertThat(found(typed)).containsExactly("QB-TB-000002");
        }

        @Test
        void documentTypeMatchesTheDossiersDocumentsNotTheirText() {
            assertThat(found("van ban: giay bao tu")).containsExactly("QT-LS-000001");
        }

        @Test
        void genderComparesWithoutDiacritics() {
            assertThat(found("gioi tinh: nu")).containsExactly("QB-TB-000002");
        }
    }

    @Nested
    class Places {

        @Test
        void hometownMatchesTheWrittenAddressAndItsUnits() {
            assertThat(found("que quan: hai lang")).containsExactly("QT-LS-000001");
            assertThat(found("quê quán: Quảng Trị")).containsExactly("QT-LS-000001", "QT-LS-000003");
        }

        @Test
        void provinceAndDistrictCompareWholeNamesWithOrWithoutTheUnitWord() {
            assertThat(found("tinh: quang tri")).containsExactly("QT-LS-000001", "QT-LS-000003");
            assertThat(found("huyện: Lệ Thủy")).containsExactly("QB-TB-000002");
            assertThat(filtered(
                            SearchFilters.builder().district("huyện Hải Lăng").build()))
                    .containsExactly("QT-LS-000001");
            assertThat(found("tinh: quang")).isEmpty();
        }
    }

    @Nested
    class Combined {

        @Test
        void fieldsAndPlainWordsMustAllHold() {
            assertThat(found("giấy báo tử ho ten: nguyen van thuong")).containsExactly("QT-LS-000001");
            assertThat(found("giấy báo tử")).containsExactlyInAnyOrder("QT-LS-000001", "QB-TB-000002");
            assertThat(found("ho ten: le thi hoa, giấy báo tử")).containsExactly("QB-TB-000002");
        }

        @Test
        void typedFieldsAndFormFiltersApplyTogether() {
            SearchQuery query = uncleared("tinh: Quảng Trị")
                    .withFilters(SearchFilters.builder().birthYears(1948, 1948).build());

            assertThat(codes(index.search(query))).containsExactly("QT-LS-000001");
        }

        @Test
        void unknownFieldIsReadAsPlainWords() {
            index.upsert(described("QT-LS-000004", "Lê Văn Tám")
                    .page("Ghi chú: hồ sơ khẩn")
                    .build());

            assertThat(found("ghi chu: khan")).containsExactly("QT-LS-000004");
        }

        @Test
        void noTypedInputIsAnError() {
            List<String> pieces = List.of(
                    "ho ten:",
                    "nam sinh:",
                    "ma:",
                    "cccd:",
                    "so qd:",
                    "ngay:",
                    "loai:",
                    "tinh:",
                    "\"",
                    ":",
                    ",",
                    ";",
                    "*",
                    "-",
                    "/",
                    "..",
                    "1948",
                    "1940-1950",
                    "31/2/1972",
                    "QT-LS*",
                    "Thường",
                    "thuongg",
                    "Đ",
                    "x",
                    " ",
                    "ỏ",
                    "\u0301",
                    "(",
                    "???",
                    "0",
                    "045048001234",
                    "qđ");
            Random random = new Random(7);
            for (int i = 0; i < 500; i++) {
                StringBuilder typed = new StringBuilder();
                for (int word = random.nextInt(12); word >= 0; word--) {
                    typed.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextBoolean() ? " " : "");
                }
                assertThat(index.search(uncleared(typed.toString())).total())
                        .as(typed.toString())
                        .isNotNegative();
            }
        }

        @Test
        void exactFiltersAloneListInCodeOrderUnscored() {
            SearchResult result = index.search(uncleared("tinh: Quảng Trị"));

            assertThat(codes(result)).containsExactly("QT-LS-000001", "QT-LS-000003");
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.score()).isZero());
        }

        @Test
        void fieldValueFindsItsPageForTheHitsPageListAndSnippet() {
            SearchHit hit =
                    index.search(uncleared("ho ten: nguyen van thuong")).hits().getFirst();

            assertThat(hit.pages()).containsExactly(1);
            assertThat(hit.snippets().getFirst()).contains("<mark>Nguyễn Văn Thường</mark>");
        }
    }
}
