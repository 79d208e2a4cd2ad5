package vn.hoso.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.ocr.OcrWord;
import vn.hoso.ingest.pipeline.PageOutcome;

class WordsJsonTest {

    @Test
    void eachWordIsWrittenWithItsBoxAndConfidenceInThePagesPixelSpace() {
        PageOutcome.Recognized page = new PageOutcome.Recognized(
                "Họ và",
                List.of(new OcrWord("Họ", 210, 344, 38, 27, 91.25f), new OcrWord("và", 256, 344, 30, 27, 88.5f)),
                89.9,
                1414,
                2000,
                new byte[0],
                new byte[0],
                List.of(),
                0,
                0);

        assertThat(WordsJson.of("hồ sơ.tif", 2, page)).isEqualTo("""
                {"file": "hồ sơ.tif", "page": 2, "width": 1414, "height": 2000, "confidence": 89.9, "words": [
                  {"text": "Họ", "x": 210, "y": 344, "width": 38, "height": 27, "confidence": 91.3},
                  {"text": "và", "x": 256, "y": 344, "width": 30, "height": 27, "confidence": 88.5}
                ]}
                """);
    }

    @Test
    void pageWithoutWordsHasAnEmptyList() {
        PageOutcome.Recognized blank =
                new PageOutcome.Recognized("", List.of(), 0, 10, 10, new byte[0], new byte[0], List.of(), 0, 0);

        assertThat(WordsJson.of("blank.png", 1, blank)).endsWith("\"words\": []}\n");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(WordsJson.quoted("\"Số\\1\"\n\t\u0001")).isEqualTo("\"\\\"Số\\\\1\\\"\\n\\t\\u0001\"");
    }
}
