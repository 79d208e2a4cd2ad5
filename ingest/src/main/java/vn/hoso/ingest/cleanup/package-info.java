/**
 * Makes the copy of a page that OCR reads: grey, denoised when noisy, with the paper's shading
 * (yellowing, folds, uneven light, fading) flattened to white.
 *
 * <p>{@link vn.hoso.ingest.cleanup.PageCleanup} is the entry point. It never modifies the image it is
 * given, and never moves pixels: word boxes found on the OCR copy are valid on the decoded page.
 * Orientation, deskew and cropping belong here later; any step that moves pixels must then hand the
 * pipeline the geometry it applied.
 */
package vn.hoso.ingest.cleanup;
