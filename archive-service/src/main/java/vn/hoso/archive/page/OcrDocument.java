package vn.hoso.archive.page;

import java.util.List;
import vn.hoso.ingest.ocr.OcrWord;

/**
 * What recognition stored for a page ({@code ocr.json}): the text and every word with its box in the view image's
 * pixel coordinates, for highlighting hits on the image later.
 *
 * @param confidence mean word confidence in percent
 */
record OcrDocument(String text, int width, int height, double confidence, List<OcrWord> words) {}
