package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseSearchAnalysisTest {

    @Nested
    class TonePlacementRule {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "hòa, hoà",
            "hóa, hoá",
            "hỏa, hoả",
            "hõa, hoã",
            "họa, hoạ",
            "khỏe, khoẻ",
            "lòe, loè",
            "thủy, thuỷ",
            "úy, uý",
            "ủy, uỷ",
            "tụy, tuỵ",
            "khóai, khoái",
            "xóay, xoáy"
        })
        void oldStyleClusterTakesTheToneOnItsSecondVowel(String oldStyle, String newStyle) {
            assertThat(TonePlacement.normalise(oldStyle)).isEqualTo(newStyle);
        }

        @ParameterizedTest
        @CsvSource({"hoà", "thuỷ", "uý", "khoẻ"})
        void newStyleIsAlreadyTheNormalForm(String newStyle) {
            assertThat(TonePlacement.normalise(newStyle)).isEqualTo(newStyle);
        }

        @ParameterizedTest
        @CsvSource({"hoàng", "toán", "huỳnh", "mùa", "mía", "thuở", "hoặc", "ngộ", "người", "quý", "nguyễn"})
        void syllablesWhoseToneHasOnePlaceAreUnchanged(String word) {
            assertThat(TonePlacement.normalise(word)).isEqualTo(word);
        }

        @Test
        void resultIsPrecomposedWhateverTheInputForm() {
            String decomposed = Normalizer.normalize("thủy", Normalizer.Form.NFD);

            assertThat(TonePlacement.normalise(decomposed)).isEqualTo("thuỷ").hasSize(4);
        }
    }

    @Nested
    class Analyzers {

        @Test
        void exactAnalysisKeepsDiacriticsAndLowerCases() throws IOException {
            assertThat(terms(VietnameseAnalyzer.exact(), "Nguyễn Văn THƯỜNG"))
                    .containsExactly("nguyễn", "văn", "thường");
        }

        @Test
        void foldedAnalysisDropsDiacriticsIncludingBarredD() throws IOException {
            assertThat(terms(VietnameseAnalyzer.folded(), "Đặng Thị Ưng Đào"))
                    .containsExactly("dang", "thi", "ung", "dao");
        }

        @Test
        void decomposedInputFoldsLikePrecomposedInput() throws IOException {
            String decomposed = Normalizer.normalize("Đặng Thị Thường", Normalizer.Form.NFD);

            assertThat(terms(VietnameseAnalyzer.folded(), decomposed)).containsExactly("dang", "thi", "thuong");
            assertThat(terms(VietnameseAnalyzer.exact(), decomposed)).containsExactly("đặng", "thị", "thường");
        }

        @Test
        void bothToneStylesAnalyseToOneTerm() throws IOException {
            assertThat(terms(VietnameseAnalyzer.exact(), "Hòa hoà HOÀ")).containsExactly("hoà", "hoà", "hoà");
        }

        @Test
        void analysisSpellsEverySyllableAsToneNormalisationDoes() throws IOException {
            List<String> words = new ArrayList<>();
            for (String nucleus : List.of("oa", "oe", "uy", "ua", "ia", "uơ", "ươ", "a", "ô", "ư", "y")) {
                for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
                    for (int at = 0; at < nucleus.length(); at++) {
                        String toned = nucleus.substring(0, at + 1) + tone + nucleus.substring(at + 1);
                        for (String finalConsonant : List.of("", "n", "ng", "c")) {
                            words.add(Normalizer.normalize("th" + toned + finalConsonant, Normalizer.Form.NFC));
                        }
                    }
                }
            }
            for (String word : words) {
                assertThat(terms(VietnameseAnalyzer.exact(), word))
                        .as(word)
                        .containsExactly(TonePlacement.normalise(word));
            }
        }

        @Test
        void offsetsPointIntoTheOriginalDecomposedText() throws IOException {
            String decomposed = Normalizer.normalize("Lê Thường", Normalizer.Form.NFD);
            try (TokenStream stream = VietnameseAnalyzer.exact().tokenStream("f", decomposed)) {
                OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                stream.incrementToken();
                stream.incrementToken();
                assertThat(decomposed.substring(offsets.startOffset(), offsets.endOffset()))
                        .isEqualTo(Normalizer.normalize("Thường", Normalizer.Form.NFD));
                stream.end();
            }
        }

        private static List<String> terms(Analyzer analyzer, String text) throws IOException {
            List<String> terms = new ArrayList<>();
            try (analyzer;
                    TokenStream stream = analyzer.tokenStream("f", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
            return terms;
        }
    }
}
