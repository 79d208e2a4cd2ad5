package vn.hoso.ingest.cli;

import java.util.Locale;
import vn.hoso.ingest.ocr.OcrWord;
import vn.hoso.ingest.pipeline.PageOutcome;

/**
 * A page's words with their boxes as JSON, one word per line:
 * <pre>{@code
 * {"file": "scan.tif", "page": 1, "width": 1414, "height": 2000, "confidence": 83.4, "words": [
 *   {"text": "Họ", "x": 210, "y": 344, "width": 38, "height": 27, "confidence": 91.2},
 *   …
 * ]}
 * }</pre>
 * Boxes are in pixels of a {@code width × height} rendering of the page (the viewer's derivative; for
 * another size scale by the ratio of widths); confidences are 0..100.
 */
final class WordsJson {

    private WordsJson() {}

    static String of(String file, int page, PageOutcome.Recognized recognized) {
        StringBuilder json = new StringBuilder();
        json.append(String.format(
                Locale.ROOT,
                "{\"file\": %s, \"page\": %d, \"width\": %d, \"height\": %d, \"confidence\": %.1f, \"words\": [",
                quoted(file),
                page,
                recognized.width(),
                recognized.height(),
                recognized.confidence()));
        String separator = "\n";
        for (OcrWord word : recognized.words()) {
            json.append(separator)
                    .append(String.format(
                            Locale.ROOT,
                            "  {\"text\": %s, \"x\": %d, \"y\": %d, \"width\": %d, \"height\": %d, \"confidence\": %.1f}",
                            quoted(word.text()),
                            word.x(),
                            word.y(),
                            word.width(),
                            word.height(),
                            word.confidence()));
            separator = ",\n";
        }
        return json.append(recognized.words().isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped; other characters as they are (UTF-8). */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
