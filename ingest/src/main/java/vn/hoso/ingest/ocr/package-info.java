/**
 * Text recognition of one page image: words with boxes and confidences, the page text, and which way up the
 * page is.
 *
 * <p>{@link vn.hoso.ingest.ocr.OcrEngine} is the seam (a handwriting recogniser may join later);
 * {@link vn.hoso.ingest.ocr.TesseractEngine} is the implementation over the system libtesseract, with
 * Tesseract's orientation detection ({@code osd}) beside it. Text is returned as the engine read it: no
 * dictionary, date or number correction runs afterwards. This feature does not decode files, clean images
 * or decide what a page's outcome is.
 */
package vn.hoso.ingest.ocr;
