package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link VietnameseOrder}: the order of names in a Vietnamese list. */
class SearchNameOrderTest {

    @Test
    void lettersFollowTheVietnameseAlphabet() {
        assertThat(sorted(
                        "Lê Ơn", "Lê Dũng", "Lê Ân", "Lê Ưng", "Lê Uyên", "Lê Ôn", "Lê Ăn", "Lê Oanh", "Lê Đào",
                        "Lê Anh", "Lê Bình"))
                .containsExactly(
                        "Lê Anh", "Lê Ăn", "Lê Ân", "Lê Bình", "Lê Dũng", "Lê Đào", "Lê Oanh", "Lê Ôn", "Lê Ơn",
                        "Lê Uyên", "Lê Ưng");
    }

    @Test
    void tonesDecideInTheOrderNgangHuyenHoiNgaSacNang() {
        assertThat(sorted("Lê Thượng", "Lê Thướng", "Lê Thưỡng", "Lê Thưởng", "Lê Thường", "Lê Thương"))
                .containsExactly("Lê Thương", "Lê Thường", "Lê Thưởng", "Lê Thưỡng", "Lê Thướng", "Lê Thượng");
    }

    @Test
    void lettersDecideBeforeTones() {
        assertThat(sorted("Lê Thương", "Lê Thuận")).containsExactly("Lê Thuận", "Lê Thương");
    }

    @Test
    void aWordSortsBeforeItsLongerForms() {
        assertThat(sorted("Lê Anh", "Lê An")).containsExactly("Lê An", "Lê Anh");
    }

    @Test
    void givenNameComesFirstThenFamilyNameThenMiddleNames() {
        assertThat(sorted("Trần Văn An", "Lê Thị Bình", "Lê Văn An", "Lê Thị An"))
                .containsExactly("Lê Thị An", "Lê Văn An", "Trần Văn An", "Lê Thị Bình");
    }

    @Test
    void toneStyleAndCaseDoNotChangeTheKey() {
        assertThat(VietnameseOrder.key("LÊ THỊ HÒA")).isEqualTo(VietnameseOrder.key("Lê Thị Hoà"));
    }

    private static List<String> sorted(String... names) {
        return List.of(names).stream()
                .sorted(Comparator.comparing(VietnameseOrder::key))
                .toList();
    }
}
