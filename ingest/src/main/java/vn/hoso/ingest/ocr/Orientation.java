package vn.hoso.ingest.ocr;

/**
 * Which way up a page image is, as an engine judged it.
 *
 * @param rotation clockwise quarter turn that makes the page upright, degrees: 0, 90, 180 or 270
 * @param confidence the engine's own measure, larger is surer; for Tesseract the margin of the best
 *     orientation over the next (its command line rotates pages from 7 up)
 */
public record Orientation(int rotation, double confidence) {

    public Orientation {
        if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + rotation);
        }
    }
}
