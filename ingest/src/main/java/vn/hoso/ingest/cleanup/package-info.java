/**
 * Makes the copy of a page that OCR reads, and the geometry the viewing derivative shares with it: turned
 * upright, straightened, cut free of dark borders, then grey, with the paper's shading (yellowing, folds,
 * uneven light) flattened to white, faded ink recovered, noise removed and binarised, as far as the scanner
 * profile's steps ask. Blank pages are measured here (share of ink) and flagged by the caller, never dropped.
 *
 * <p>{@link vn.hoso.ingest.cleanup.PageCleanup} is the entry point; {@link vn.hoso.ingest.cleanup.CleanPage}
 * and {@link vn.hoso.ingest.cleanup.PageGeometry} are its results. It never modifies the image it is given
 * (the master is the caller's), runs no OCR and knows no engine: when the page's own lines do not show which
 * way is up it says so, and the pipeline asks the engine.
 */
package vn.hoso.ingest.cleanup;
