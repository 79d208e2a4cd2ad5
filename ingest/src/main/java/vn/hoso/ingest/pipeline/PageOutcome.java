package vn.hoso.ingest.pipeline;

import java.util.List;
import java.util.Objects;
import vn.hoso.ingest.ocr.OcrWord;

/** What became of one page. */
public sealed interface PageOutcome permits PageOutcome.Recognized, PageOutcome.Quarantined {

    /**
     * @param text the page's text in reading order, NFC-normalised; empty when no text was found. Digits are
     *     as the engine read them: no dictionary or date correction runs after it
     * @param words each word with its box in the pixel space of {@code viewJpeg}
     * @param confidence mean word confidence, 0..100; 0 when no word was found
     * @param width pixel width of {@code viewJpeg}
     * @param height pixel height of {@code viewJpeg}
     * @param viewJpeg the page for the viewer, upright, straightened and without dark borders, longest side at
     *     most 2000 px, grey or colour as scanned
     * @param thumbJpeg the page as a thumbnail, longest side at most 200 px
     * @param flags what a clerk should know about the page, in {@link PageFlag} order; empty when nothing
     * @param rotation clockwise quarter turn applied to the scan to make it upright, degrees: 0, 90, 180 or 270
     * @param skew degrees the page was straightened by after that turn: the angle at which its text lines
     *     rose to the right, so the view was turned clockwise by this much; 0 when not straightened
     */
    record Recognized(
            String text,
            List<OcrWord> words,
            double confidence,
            int width,
            int height,
            byte[] viewJpeg,
            byte[] thumbJpeg,
            List<PageFlag> flags,
            int rotation,
            double skew)
            implements PageOutcome {
        public Recognized {
            Objects.requireNonNull(text, "text");
            words = List.copyOf(words);
            Objects.requireNonNull(viewJpeg, "viewJpeg");
            Objects.requireNonNull(thumbJpeg, "thumbJpeg");
            flags = List.copyOf(flags);
        }

        public boolean has(PageFlag flag) {
            return flags.contains(flag);
        }
    }

    /** @param reason why the page could not be read, in words a clerk can act on */
    record Quarantined(String reason) implements PageOutcome {
        public Quarantined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
