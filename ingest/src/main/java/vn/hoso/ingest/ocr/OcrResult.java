package vn.hoso.ingest.ocr;

import java.util.List;
import java.util.Objects;

/**
 * What an engine read on one page.
 *
 * @param text the page in reading order with line breaks, NFC-normalised
 * @param words every word with its box, in reading order
 * @param meanConfidence mean of the words' confidences, 0..100; 0 when no word was found
 */
public record OcrResult(String text, List<OcrWord> words, double meanConfidence) {

    public OcrResult {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
    }
}
