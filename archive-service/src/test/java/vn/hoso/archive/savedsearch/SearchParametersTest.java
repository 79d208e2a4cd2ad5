package vn.hoso.archive.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a saved search accepts as search parameters, and how it hands them back as a URL query. */
class SearchParametersTest {

    @Test
    void unknownFilterIsRefusedNamingIt() {
        InvalidSavedSearchException refused = assertThrows(
                InvalidSavedSearchException.class, () -> SearchParameters.of("", Map.of("shoeSize", "42"), null));

        assertThat(refused.field()).isEqualTo("filters.shoeSize");
    }

    @Test
    void birthYearMustBeAWholeNumber() {
        InvalidSavedSearchException refused = assertThrows(
                InvalidSavedSearchException.class,
                () -> SearchParameters.of("", Map.of("birthYearFrom", "năm 1948"), null));

        assertThat(refused.field()).isEqualTo("filters.birthYearFrom");
    }

    @Test
    void dateMustBeAnIsoDate() {
        assertThrows(
                InvalidSavedSearchException.class,
                () -> SearchParameters.of("", Map.of("dateFrom", "12/7/1972"), null));
    }

    @Test
    void unknownOrderIsRefusedNamingSort() {
        InvalidSavedSearchException refused =
                assertThrows(InvalidSavedSearchException.class, () -> SearchParameters.of("", null, "by-shoe-size"));

        assertThat(refused.field()).isEqualTo("sort");
    }

    @Test
    void overlongQueryTextIsRefused() {
        assertThrows(
                InvalidSavedSearchException.class,
                () -> SearchParameters.of("a".repeat(SearchParameters.MAX_TEXT_LENGTH + 1), null, null));
    }

    @Test
    void blankFiltersAreDroppedAndTheOrderIsSpelledAsUrlsSpellIt() {
        SearchParameters parameters = SearchParameters.of(" ", Map.of("name", " ", "code", "QT-LS*"), "BIRTH_YEAR");

        assertThat(parameters.text()).isEmpty();
        assertThat(parameters.filters()).containsExactly(Map.entry("code", "QT-LS*"));
        assertThat(parameters.sort()).isEqualTo("birth-year");
    }

    @Test
    void queryStringCarriesVietnameseTextEncodedInUtf8() {
        SearchParameters parameters =
                SearchParameters.of("họ tên: Đặng Văn Thường", Map.of("birthYearTo", "1950", "name", "Thường"), null);

        assertThat(parameters.queryString())
                .isEqualTo("q=h%E1%BB%8D+t%C3%AAn%3A+%C4%90%E1%BA%B7ng+V%C4%83n+Th%C6%B0%E1%BB%9Dng"
                        + "&name=Th%C6%B0%E1%BB%9Dng&birthYearTo=1950&sort=relevance");
    }

    @Test
    void decomposedInputIsKeptComposed() {
        String decomposed = "Thu\u0309y";

        assertThat(SearchParameters.of(decomposed, null, null).text()).isEqualTo("Thủy");
    }
}
