/**
 * Measuring recognition: {@link vn.hoso.ingest.bench.Benchmark} scores our pipeline against bare Tesseract
 * and OCRmyPDF on pages with known text (CER, WER, the person's name, pages per minute), and
 * {@link vn.hoso.ingest.bench.DegradedSet} writes such pages, damaged the ways archive paper and scanners
 * damage them. The two entry types belong together: the set exists to be benchmarked, in the layout the
 * benchmark reads.
 *
 * <p>Uses the pipeline only through {@link vn.hoso.ingest.pipeline.IngestPipeline}'s public API; nothing
 * in the pipeline depends on this package. Runs external programs ({@code tesseract}, {@code ocrmypdf})
 * as subprocesses with deadlines; never from the archive service.
 */
package vn.hoso.ingest.bench;
