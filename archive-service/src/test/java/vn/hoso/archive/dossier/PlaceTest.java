package vn.hoso.archive.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void communeDistrictAndProvinceAreToldByTheirUnitWords() {
        assertThat(Place.parse("xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị"))
                .isEqualTo(new Place("Quảng Trị", "Hải Lăng", "xã Hải Dương"));
    }

    @Test
    void townLevelDistrictKeepsItsUnitWord() {
        assertThat(Place.parse("phường 2, thị xã Quảng Trị, tỉnh Quảng Trị"))
                .isEqualTo(new Place("Quảng Trị", "thị xã Quảng Trị", "phường 2"));
    }

    @Test
    void cityAfterADistrictIsTheProvince() {
        assertThat(Place.parse("phường Bến Nghé, quận 1, thành phố Hồ Chí Minh"))
                .isEqualTo(new Place("Hồ Chí Minh", "1", "phường Bến Nghé"));
    }

    @Test
    void unmarkedPartsStayUnknown() {
        assertThat(Place.parse("Hải Dương, Hải Lăng")).isEqualTo(Place.UNKNOWN);
        assertThat(Place.parse(null)).isEqualTo(Place.UNKNOWN);
    }

    @Test
    void capitalisedUnitWordsAreRecognised() {
        assertThat(Place.parse("Xã Gio An, Huyện Gio Linh, Tỉnh Quảng Trị").province())
                .isEqualTo("Quảng Trị");
    }
}
