package vn.hoso.ingest.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextScoreTest {

    @Nested
    class CharacterErrorRate {

        @Test
        void identicalTextsScoreZero() {
            TextScore score = TextScore.of("Quê quán: xã Hải Dương", "Quê quán: xã Hải Dương");

            assertThat(score.cer()).isZero();
            assertThat(score.wer()).isZero();
        }

        @Test
        void decomposedDiacriticsReadTheSameAsComposedOnes() {
            String decomposed = Normalizer.normalize("Nguyễn Thị Minh Hằng", Normalizer.Form.NFD);

            assertThat(decomposed).isNotEqualTo("Nguyễn Thị Minh Hằng");
            assertThat(TextScore.of(decomposed, "Nguyễn Thị Minh Hằng").cer()).isZero();
        }

        @Test
        void runsOfWhiteSpaceLineBreaksAndFormFeedsCountAsOneSpace() {
            TextScore score = TextScore.of("  Họ và\n\ttên:   Lê Văn Lãm\f", "Họ và tên: Lê Văn Lãm\n");

            assertThat(score.cer()).isZero();
            assertThat(score.truthChars()).isEqualTo("Họ và tên: Lê Văn Lãm".length());
        }

        @Test
        void aLostDiacriticIsOneSubstitutionOverTheTruthsLength() {
            TextScore score = TextScore.of("Hai Lăng 1968", "Hải Lăng 1968");

            assertThat(score.charEdits()).isEqualTo(1);
            assertThat(score.cer()).isCloseTo(1 / 13.0, within(1e-9));
        }

        @Test
        void extraTextCanPushTheRateAboveOne() {
            assertThat(TextScore.of("Sinh năm 1939, Sinh năm 1939", "1939").cer())
                    .isGreaterThan(1);
        }

        @Test
        void nothingReadOfAPageWithTextScoresOne() {
            TextScore score = TextScore.of("", "Giấy báo tử");

            assertThat(score.cer()).isEqualTo(1);
            assertThat(score.wer()).isEqualTo(1);
        }
    }

    @Nested
    class WordErrorRate {

        @Test
        void aMissingWordIsOneDeletion() {
            TextScore score = TextScore.of("Sinh 1939", "Sinh năm 1939");

            assertThat(score.wordEdits()).isEqualTo(1);
            assertThat(score.wer()).isCloseTo(1 / 3.0, within(1e-9));
            assertThat(score.cer()).isCloseTo(4 / 13.0, within(1e-9));
        }

        @Test
        void aWordWithOneWrongLetterIsAWrongWord() {
            assertThat(TextScore.of("Trần Đinh Lãm", "Trần Đình Lãm").wer()).isCloseTo(1 / 3.0, within(1e-9));
        }
    }

    @Test
    void scoreIsTakenAgainstTheCloserGroundTruth() {
        String readingOrder = "UBND TỈNH QUẢNG TRỊ\nSỞ LAO ĐỘNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập";
        String visualOrder = "UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ LAO ĐỘNG Độc lập";
        String lineByLine = "UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ LAO ĐỘNG Độc lập";

        TextScore closest = TextScore.closest(lineByLine, List.of(readingOrder, visualOrder));

        assertThat(closest.cer()).isZero();
        assertThat(TextScore.of(lineByLine, readingOrder).cer()).isGreaterThan(0.3);
    }

    @Nested
    class Names {

        @Test
        void nameIsFoundWithItsDiacriticsEvenAcrossALineBreak() {
            assertThat(TextScore.contains("Đồng chí Nguyễn\nVăn Mão đã chiến đấu", "Nguyễn Văn Mão"))
                    .isTrue();
        }

        @Test
        void nameWithoutItsDiacriticsIsNotFound() {
            assertThat(TextScore.contains("Họ và tên: Nguyen Van Mao", "Nguyễn Văn Mão"))
                    .isFalse();
        }

        @Test
        void nameInCapitalsIsNotTheNameAsWritten() {
            assertThat(TextScore.contains("Đồng chí: NGUYỄN VĂN MÃO", "Nguyễn Văn Mão"))
                    .isFalse();
        }
    }
}
