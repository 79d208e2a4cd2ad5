package vn.hoso.ingest.pipeline;

/** Something about a recognised page that a clerk should know; a flagged page is still stored and indexed. */
public enum PageFlag {

    /** Almost no ink after cleanup (less than the profile's {@code cleanup.blankInkRatio}): a blank back, an empty sheet. */
    BLANK,

    /**
     * Mean word confidence under the profile's {@code ocr.confidenceFloor}, on a page that is not blank:
     * handwriting, damage or a poor scan. Meant for human review ({@code NEEDS_REVIEW}) rather than being
     * indexed as good text.
     */
    LOW_CONFIDENCE,

    /** The file states a resolution below the profile's {@code capture.minDpi}. Pages without one are not flagged. */
    LOW_RESOLUTION
}
