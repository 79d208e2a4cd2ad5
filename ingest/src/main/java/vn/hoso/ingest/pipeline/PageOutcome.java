package vn.hoso.ingest.pipeline;

import java.util.List;
import java.util.Objects;
import vn.hoso.ingest.ocr.OcrWord;

/** What became of one page. */
public sealed interface PageOutcome permits PageOutcome.Recognized, PageOutcome.Quarantined {

    /**
     * @param text the page's text in reading order, NFC-normalised; empty when no text was found
     * @param words each word with its box in the pixel space of {@code viewJpeg}
     * @param confidence mean word confidence, 0..100; 0 when no word was found
     * @param width pixel width of {@code viewJpeg}
     * @param height pixel height of {@code viewJpeg}
     * @param viewJpeg the page for the viewer, longest side at most 2000 px, grey or colour as scanned
     * @param thumbJpeg the page as a thumbnail, longest side at most 200 px
     */
    record Recognized(String text, List<OcrWord> words, double confidence, int width, int height,
            byte[] viewJpeg, byte[] thumbJpeg) implements PageOutcome {
        public Recognized {
            Objects.requireNonNull(text, "text");
            words = List.copyOf(words);
            Objects.requireNonNull(viewJpeg, "viewJpeg");
            Objects.requireNonNull(thumbJpeg, "thumbJpeg");
        }
    }

    /** @param reason why the page could not be read, in words a clerk can act on */
    record Quarantined(String reason) implements PageOutcome {
        public Quarantined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
