package vn.hoso.ingest.pipeline.internal;

import java.util.Optional;
import vn.hoso.ingest.cleanup.CleanPage;
import vn.hoso.ingest.ocr.OcrEngine;
import vn.hoso.ingest.ocr.OcrResult;
import vn.hoso.ingest.ocr.Orientation;

/**
 * Recognises a cleaned page, asking the engine's orientation detection only when there is reason to doubt
 * the page is upright. Tesseract's detection costs about half a recognition, too much for every page (see
 * {@code ingest/README.md}), while cleanup's own line analysis settles nearly all pages for free. So the
 * engine is asked before recognising when cleanup was in doubt, and after recognising when the text came out
 * under the confidence floor (an upside-down page reads as confident nonsense no better than ~45). A turned
 * page's second reading is kept only if it is more confident than the first.
 */
public final class UprightReader {

    /** Below this margin Tesseract's answer is a guess; its own command line needs 7 to rotate, we re-read to check. */
    static final double LEAST_OSD_CONFIDENCE = 1.0;

    private final boolean orientationStep;
    private final double confidenceFloor;

    /**
     * @param orientationStep whether the profile asks for orientation at all
     * @param confidenceFloor the profile's {@code ocr.confidenceFloor}
     */
    public UprightReader(boolean orientationStep, double confidenceFloor) {
        this.orientationStep = orientationStep;
        this.confidenceFloor = confidenceFloor;
    }

    /** The page as read, and the cleaned page it was read from (turned, if it was). */
    public record Reading(CleanPage page, OcrResult ocr) {}

    public Reading read(OcrEngine engine, CleanPage page) {
        if (orientationStep && page.orientationInDoubt()) {
            CleanPage upright = turnedByEngine(engine, page).orElse(page);
            return new Reading(upright, engine.recognize(upright.ocrCopy()));
        }
        OcrResult first = engine.recognize(page.ocrCopy());
        if (!orientationStep || page.blank() || first.meanConfidence() >= confidenceFloor) {
            return new Reading(page, first);
        }
        Optional<CleanPage> turned = turnedByEngine(engine, page);
        if (turned.isEmpty()) {
            return new Reading(page, first);
        }
        OcrResult second = engine.recognize(turned.get().ocrCopy());
        return second.meanConfidence() > first.meanConfidence()
                ? new Reading(turned.get(), second)
                : new Reading(page, first);
    }

    private static Optional<CleanPage> turnedByEngine(OcrEngine engine, CleanPage page) {
        return engine.orientation(page.ocrCopy())
                .filter(orientation -> orientation.rotation() != 0)
                .filter(orientation -> orientation.confidence() >= LEAST_OSD_CONFIDENCE)
                .map(Orientation::rotation)
                .map(page::turned);
    }
}
