package vn.hoso.ingest.ocr;

import java.util.Objects;

/**
 * One recognised word and where it is.
 *
 * @param text NFC-normalised
 * @param x left edge, in pixels of the image that was recognised (or of the image it was scaled to)
 * @param y top edge, same space
 * @param confidence 0..100, as the engine reports it
 */
public record OcrWord(String text, int x, int y, int width, int height, float confidence) {

    public OcrWord {
        Objects.requireNonNull(text, "text");
    }

    /** This word with its box multiplied by {@code factor}, for an image scaled by the same factor. */
    public OcrWord scaled(double factor) {
        int left = (int) Math.floor(x * factor);
        int top = (int) Math.floor(y * factor);
        int right = (int) Math.ceil((x + width) * factor);
        int bottom = (int) Math.ceil((y + height) * factor);
        return new OcrWord(text, left, top, right - left, bottom - top, confidence);
    }
}
