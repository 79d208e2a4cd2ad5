package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.archive.access.Confidentiality;

class SearchQueryTest {

    @Test
    void missingClearanceIsAnError() {
        assertThrows(NullPointerException.class, () -> new SearchQuery("thường", 0, 10, (Confidentiality) null));
    }

    @Test
    void missingJurisdictionIsAnError() {
        assertThrows(
                NullPointerException.class,
                () -> new SearchQuery("thường", null, null, 0, 10, Confidentiality.SECRET, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void pageSizeOutsideOneToHundredIsRejected(int size) {
        assertThrows(
                IllegalArgumentException.class, () -> new SearchQuery("thường", 0, size, Confidentiality.UNCLASSIFIED));
    }

    @Test
    void negativePageIsRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> new SearchQuery("thường", -1, 10, Confidentiality.UNCLASSIFIED));
    }

    @Test
    void nullTextMeansBlank() {
        assertThat(new SearchQuery(null, 0, 100, Confidentiality.UNCLASSIFIED).text())
                .isEmpty();
    }

    @Test
    void missingFiltersAndSortMeanNoneAndRelevance() {
        SearchQuery query = new SearchQuery("thường", null, null, 0, 10, Confidentiality.UNCLASSIFIED);

        assertThat(query.filters()).isEqualTo(SearchFilters.NONE);
        assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void blankFormFieldsMeanAny() {
        SearchFilters filters =
                new SearchFilters(" ", null, null, "", null, null, "\t", null, null, null, null, null, null, null, "");

        assertThat(filters).isEqualTo(SearchFilters.NONE);
    }
}
