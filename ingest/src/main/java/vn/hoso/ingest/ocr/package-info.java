/**
 * Text recognition of one page image: words with boxes and confidences, and the page text.
 *
 * <p>{@link vn.hoso.ingest.ocr.OcrEngine} is the seam (a handwriting recogniser may join later);
 * {@link vn.hoso.ingest.ocr.TesseractEngine} is the implementation over the system libtesseract. This
 * feature does not decode files, clean images or decide what a page's outcome is.
 */
package vn.hoso.ingest.ocr;
