package vn.hoso.archive.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitCodesTest {

    @Test
    void everySpellingOfOneUnitPathGivesOneCode() {
        assertThat(UnitCodes.parse("Quảng Trị/Hải Lăng")).isEqualTo("quang-tri/hai-lang");
        assertThat(UnitCodes.parse("tỉnh Quảng Trị / huyện Hải Lăng")).isEqualTo("quang-tri/hai-lang");
        assertThat(UnitCodes.parse("quang-tri/hai-lang")).isEqualTo("quang-tri/hai-lang");
        assertThat(UnitCodes.parse("Đắk Lắk")).isEqualTo("dak-lak");
    }

    @Test
    void aDossierBelongsToItsProvinceDistrictAndCommune() {
        assertThat(UnitCodes.of("Quảng Trị", "Hải Lăng", "xã Hải Dương"))
                .containsExactly("quang-tri", "quang-tri/hai-lang", "quang-tri/hai-lang/hai-duong");
    }

    @Test
    void sameDistrictNameInTwoProvincesGivesTwoCodes() {
        assertThat(UnitCodes.of("Tiền Giang", "Châu Thành", null))
                .doesNotContainAnyElementsOf(UnitCodes.of("Bến Tre", "Châu Thành", null));
    }

    @Test
    void aHometownWithoutProvinceHasNoCode() {
        assertThat(UnitCodes.of(null, "thị xã Quảng Trị", "phường 2")).isEmpty();
    }

    @Test
    void aNumberedWardKeepsItsUnitWord() {
        assertThat(UnitCodes.of("Quảng Trị", "thị xã Quảng Trị", "phường 2")).contains("quang-tri/quang-tri/phuong-2");
    }

    @Test
    void aBlankPartOfAPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> UnitCodes.parse("Quảng Trị//Hải Lăng"));
    }
}
