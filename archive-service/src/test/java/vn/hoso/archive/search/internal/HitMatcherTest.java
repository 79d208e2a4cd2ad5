package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.archive.search.PageWord;

class HitMatcherTest {

    @Nested
    class OneTypo {

        @ParameterizedTest(name = "{0} ~ {1}")
        @CsvSource({"thuongg, thuong", "thuog, thuong", "thuobg, thuong", "thoung, thuong", "nguyen, nguyne"})
        void insertionDeletionSubstitutionOrSwapIsOneTypo(String typed, String name) {
            assertThat(HitMatcher.oneTypoApart(typed, name)).isTrue();
        }

        @ParameterizedTest(name = "{0} !~ {1}")
        @CsvSource({"thuong, thuong", "mguyen, nguyen", "thuonggg, thuong", "thoungg, thuong", "tuhnog, thuong"})
        void sameWordTwoTyposOrAWrongFirstLetterIsNot(String typed, String name) {
            assertThat(HitMatcher.oneTypoApart(typed, name)).isFalse();
        }
    }

    @Nested
    class Words {

        private final List<PageWord> page = List.of(
                word("Đồng"),
                word("chí:"),
                word("NGUYỄN"),
                word("VĂN"),
                word("THUÒNG"),
                word("Số:"),
                word("1234/QĐ-UBND"),
                word("văn"),
                word("bản"));

        @Test
        void matchIgnoringCaseDiacriticsAndOcrToneErrors() {
            assertThat(texts(HitMatcher.match(List.of("thường"), Set.of(), page)))
                    .containsExactly("THUÒNG");
        }

        @Test
        void phraseMarksOnlyItsAdjacentWords() {
            assertThat(texts(HitMatcher.match(List.of("văn thường"), Set.of(), page)))
                    .containsExactly("VĂN", "THUÒNG");
        }

        @Test
        void oneOcrWordMayHoldAWholePhrase() {
            assertThat(texts(HitMatcher.match(List.of("1234/QĐ-UBND"), Set.of(), page)))
                    .containsExactly("1234/QĐ-UBND");
        }

        @Test
        void typoThatReachedANameMarksTheNameAsSpelled() {
            assertThat(texts(HitMatcher.match(List.of("thuongg"), Set.of("nguyen", "van", "thuong"), page)))
                    .containsExactly("THUÒNG");
        }

        @Test
        void typoMarksNothingWithoutANameItStandsFor() {
            assertThat(HitMatcher.match(List.of("thuongg"), Set.of("nguyen", "van", "tam"), page))
                    .isEmpty();
        }

        @Test
        void wordsComeBackInPageOrderOnce() {
            assertThat(texts(HitMatcher.match(List.of("văn", "nguyễn văn"), Set.of(), page)))
                    .containsExactly("NGUYỄN", "VĂN", "văn");
        }

        private static PageWord word(String text) {
            return new PageWord(text, 0, 0, 10, 10);
        }

        private static List<String> texts(List<PageWord> words) {
            return words.stream().map(PageWord::text).toList();
        }
    }
}
