package vn.hoso.ingest.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.ingest.cleanup.PageCleanup;
import vn.hoso.ingest.decode.Decoded;
import vn.hoso.ingest.decode.Inspection;
import vn.hoso.ingest.decode.PageDecoder;
import vn.hoso.ingest.ocr.OcrFailedException;
import vn.hoso.ingest.ocr.OcrResult;
import vn.hoso.ingest.ocr.OcrWord;
import vn.hoso.ingest.ocr.TesseractEngine;
import vn.hoso.ingest.pipeline.internal.Derivatives;
import vn.hoso.ingest.pipeline.internal.EnginePool;
import vn.hoso.profiles.ScannerProfile;

/**
 * Turns an uploaded file into accepted pages with text, word boxes and viewer images, under one scanner
 * profile.
 *
 * <p>Bad input never throws: {@link #inspect} answers {@link Intake.Rejected} and {@link #recognize}
 * {@link PageOutcome.Quarantined}, each with a reason a clerk can act on. Limits (bytes, pages, pixels
 * per page) are checked from headers before decoding, so a hostile file cannot exhaust the heap. The
 * bytes passed in are never modified; keeping them as the master is the caller's job.
 *
 * <p>Thread-safe. {@link #recognize} runs a whole page (decode, clean, OCR, derivatives) holding one of the
 * {@code workers} OCR engines and blocks while all are busy, so at most {@code workers} decoded pages are
 * in memory at once. On a machine of N cores, N workers keep it busy; start the JVM with
 * {@code OMP_THREAD_LIMIT=1} so each Tesseract uses a single thread.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final PageDecoder decoder;
    private final PageCleanup cleanup = new PageCleanup();
    private final EnginePool engines;

    /**
     * @param workers number of OCR engines kept (one Tesseract each)
     * @param tessdata folder holding {@code vie.traineddata} (and any other language of the profile)
     * @throws IllegalStateException when a language model is missing from {@code tessdata}
     */
    public IngestPipeline(ScannerProfile profile, Path tessdata, int workers) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tessdata, "tessdata");
        this.decoder = new PageDecoder(profile);
        this.engines = new EnginePool(workers, () -> new TesseractEngine(tessdata, profile.ocr()));
    }

    /**
     * Cheap: detects the type from the content (the name is only used in the log), checks the limits
     * from headers and counts pages. Never throws for bad input.
     */
    public Intake inspect(byte[] bytes, String fileName) {
        return switch (decoder.inspect(bytes)) {
            case Inspection.Readable file -> new Intake.Accepted(
                    file.format().mediaType(), file.format().extension(), file.pageCount());
            case Inspection.Unreadable file -> {
                log.info("Rejected upload {}: {}", fileName, file.reason());
                yield new Intake.Rejected(file.reason());
            }
        };
    }

    /**
     * Decodes page {@code pageIndex} (0-based), cleans an OCR copy, recognises it and makes the
     * derivatives. Never throws for bad input.
     *
     * @throws IllegalStateException if the pipeline is closed or the thread is interrupted while waiting
     *     for an engine
     */
    public PageOutcome recognize(byte[] bytes, int pageIndex) {
        return engines.withEngine(engine -> switch (decoder.decode(bytes, pageIndex)) {
            case Decoded.Failed failed -> new PageOutcome.Quarantined(failed.reason());
            case Decoded.Page page -> {
                try {
                    yield outcome(page.image(), engine.recognize(cleanup.ocrCopy(page.image())));
                } catch (OcrFailedException e) {
                    yield new PageOutcome.Quarantined("text recognition failed: " + e.getMessage());
                }
            }
        });
    }

    private static PageOutcome outcome(BufferedImage page, OcrResult ocr) {
        BufferedImage view = Derivatives.view(page);
        double factor = (double) view.getWidth() / page.getWidth();
        List<OcrWord> words = factor == 1.0
                ? ocr.words()
                : ocr.words().stream().map(word -> word.scaled(factor)).toList();
        return new PageOutcome.Recognized(ocr.text(), words, ocr.meanConfidence(),
                view.getWidth(), view.getHeight(), Derivatives.viewJpeg(view), Derivatives.thumbJpeg(view));
    }

    /** Frees the OCR engines; a page being recognised finishes first and frees its engine after. */
    @Override
    public void close() {
        engines.close();
    }
}
