package vn.hoso.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrWordTest {

    @Test
    void scaledBoxStillCoversEveryPixelOfTheWord() {
        OcrWord word = new OcrWord("Thường", 101, 51, 31, 11, 93.5f);

        OcrWord half = word.scaled(0.5);

        assertThat(half).isEqualTo(new OcrWord("Thường", 50, 25, 16, 6, 93.5f));
    }
}
