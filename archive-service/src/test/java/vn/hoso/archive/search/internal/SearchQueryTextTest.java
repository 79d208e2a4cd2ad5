package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchQueryTextTest {

    @Test
    void bareWordsAreSeparateUnits() {
        assertThat(QueryText.parse("  nguyễn   văn\tthường ").units()).containsExactly("nguyễn", "văn", "thường");
    }

    @Test
    void quotedTextIsOneUnit() {
        assertThat(QueryText.parse("liệt sĩ \"Văn  Thường\" 1972").units())
                .containsExactly("liệt", "sĩ", "Văn  Thường", "1972");
    }

    @Test
    void unclosedQuoteRunsToTheEnd() {
        assertThat(QueryText.parse("hồ sơ \"hy sinh tại").units()).containsExactly("hồ", "sơ", "hy sinh tại");
    }

    @Test
    void emptyQuotesAndWhiteSpaceAreBlank() {
        assertThat(QueryText.parse(" \"\" \" \" ").isBlank()).isTrue();
    }

    @Test
    void moreThanThirtyTwoUnitsAreRejected() {
        assertThat(QueryText.parse("a ".repeat(32)).units()).hasSize(32);
        assertThrows(IllegalArgumentException.class, () -> QueryText.parse("a ".repeat(33)));
    }
}
