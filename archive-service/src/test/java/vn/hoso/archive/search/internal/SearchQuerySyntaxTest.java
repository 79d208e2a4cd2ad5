package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQuerySyntaxTest {

    @Nested
    class FieldNames {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "ho ten: Lê Văn Tám",
                    "Họ tên: Lê Văn Tám",
                    "HỌ TÊN : Lê Văn Tám",
                    "họ và tên:Lê Văn Tám",
                    "hoten: Lê Văn Tám"
                })
        void areRecognisedWithOrWithoutDiacriticsInAnyCase(String typed) {
            QuerySyntax.Parsed parsed = QuerySyntax.parse(typed);

            assertThat(parsed.criteria()).containsExactly(new Criterion.Name("Lê Văn Tám"));
            assertThat(parsed.words().isBlank()).isTrue();
        }

        @Test
        void unknownNameBeforeAColonIsPlainWords() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("ghi chú: khẩn");

            assertThat(parsed.criteria()).isEmpty();
            assertThat(parsed.words().units()).containsExactly("ghi", "chú:", "khẩn");
        }

        @Test
        void fieldNameMustStartAWord() {
            assertThat(QuerySyntax.parse("mama: x").criteria()).isEmpty();
        }

        @Test
        void fieldNameInsideQuotesIsText() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("\"ho ten: Lê Văn Tám\"");

            assertThat(parsed.criteria()).isEmpty();
            assertThat(parsed.words().units()).containsExactly("ho ten: Lê Văn Tám");
        }
    }

    @Nested
    class Values {

        @Test
        void runToTheNextField() {
            assertThat(QuerySyntax.parse("ho ten: nguyen van thuong nam sinh: 1948 que quan: hai lang")
                            .criteria())
                    .containsExactly(
                            new Criterion.Name("nguyen van thuong"),
                            new Criterion.BirthYears(1948, 1948),
                            new Criterion.Hometown("hai lang"));
        }

        @Test
        void endAtACommaAfterWhichWordsArePlain() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("ho ten: Lê Văn Tám, hy sinh");

            assertThat(parsed.criteria()).containsExactly(new Criterion.Name("Lê Văn Tám"));
            assertThat(parsed.words().units()).containsExactly("hy", "sinh");
        }

        @Test
        void inQuotesEndAtTheClosingQuote() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("họ tên: \"Lê Văn Tám\" hy sinh");

            assertThat(parsed.criteria()).containsExactly(new Criterion.Name("Lê Văn Tám"));
            assertThat(parsed.words().units()).containsExactly("hy", "sinh");
        }

        @Test
        void wordsBeforeTheFirstFieldArePlain() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("giấy báo tử ma: QT-LS*");

            assertThat(parsed.words().units()).containsExactly("giấy", "báo", "tử");
            assertThat(parsed.criteria()).containsExactly(new Criterion.Code("QT-LS*"));
        }

        @Test
        void ofACodeIsOneTokenAndWhatFollowsIsPlain() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("ma: QT-LS-000001 liet si");

            assertThat(parsed.criteria()).containsExactly(new Criterion.Code("QT-LS-000001"));
            assertThat(parsed.words().units()).containsExactly("liet", "si");
        }

        @Test
        void ofAnIdNumberMayHoldSpacesAndDots() {
            QuerySyntax.Parsed parsed = QuerySyntax.parse("cmnd: 151 234.567 Huế");

            assertThat(parsed.criteria()).containsExactly(new Criterion.IdNumber("151 234.567"));
            assertThat(parsed.words().units()).containsExactly("Huế");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "nam sinh: 1940-1950",
                    "năm sinh: 1940 - 1950",
                    "nam sinh: 1950–1940",
                    "nam sinh: 1940 đến 1950",
                    "nam sinh: 1940..1950"
                })
        void ofABirthYearMayBeARange(String typed) {
            assertThat(QuerySyntax.parse(typed).criteria()).containsExactly(new Criterion.BirthYears(1940, 1950));
        }

        @Test
        void ofADateMayBeADayAYearOrARange() {
            LocalDate day = LocalDate.of(1972, 3, 12);
            assertThat(QuerySyntax.parse("ngay: 12/3/1972").criteria()).containsExactly(new Criterion.Dates(day, day));
            assertThat(QuerySyntax.parse("ngày: 1970-1972").criteria())
                    .containsExactly(new Criterion.Dates(LocalDate.of(1970, 1, 1), LocalDate.of(1972, 12, 31)));
            assertThat(QuerySyntax.parse("ngay: 12/03/1972 - 1975").criteria())
                    .containsExactly(new Criterion.Dates(day, LocalDate.of(1975, 12, 31)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"nam sinh: abc", "ngay: 31/2/1972", "cccd: không rõ", "ho ten: ,", "ma:"})
        void thatCannotBeReadLeaveTheFieldAsPlainWords(String typed) {
            QuerySyntax.Parsed parsed = QuerySyntax.parse(typed);

            assertThat(parsed.criteria()).isEmpty();
        }

        @Test
        void thatCannotBeReadKeepTheirWords() {
            assertThat(QuerySyntax.parse("nam sinh: abc").words().units()).containsExactly("nam", "sinh", "abc");
        }
    }

    @Test
    void moreThanThirtyTwoWordsAndFieldsTogetherAreRejected() {
        String words = "từ ".repeat(30);

        assertThat(QuerySyntax.parse(words + "ma: A cccd: 1").criteria()).hasSize(2);
        assertThrows(IllegalArgumentException.class, () -> QuerySyntax.parse(words + "ma: A cccd: 1 loai: x"));
    }
}
