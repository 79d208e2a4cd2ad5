package vn.hoso.ingest.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.ingest.cleanup.PageCleanup;
import vn.hoso.ingest.cleanup.PageGeometry;
import vn.hoso.ingest.decode.Decoded;
import vn.hoso.ingest.decode.Inspection;
import vn.hoso.ingest.decode.PageDecoder;
import vn.hoso.ingest.ocr.OcrEngine;
import vn.hoso.ingest.ocr.OcrFailedException;
import vn.hoso.ingest.ocr.OcrResult;
import vn.hoso.ingest.ocr.OcrWord;
import vn.hoso.ingest.ocr.TesseractEngine;
import vn.hoso.ingest.pipeline.internal.Derivatives;
import vn.hoso.ingest.pipeline.internal.EnginePool;
import vn.hoso.ingest.pipeline.internal.ScanResolution;
import vn.hoso.ingest.pipeline.internal.UprightReader;
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

    private final ScannerProfile profile;
    private final PageDecoder decoder;
    private final PageCleanup cleanup;
    private final UprightReader reader;
    private final EnginePool engines;

    /**
     * @param workers number of OCR engines kept (one Tesseract each)
     * @param tessdata folder holding {@code vie.traineddata} (and any other language of the profile)
     * @throws IllegalStateException when a language model is missing from {@code tessdata}
     */
    public IngestPipeline(ScannerProfile profile, Path tessdata, int workers) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tessdata, "tessdata");
        this.profile = profile;
        this.decoder = new PageDecoder(profile);
        this.cleanup = new PageCleanup(profile.cleanup());
        this.reader = new UprightReader(
                profile.cleanup().has(ScannerProfile.CleanupStep.ORIENTATION),
                profile.ocr().confidenceFloor());
        this.engines = new EnginePool(workers, () -> new TesseractEngine(tessdata, profile.ocr()));
    }

    /**
     * Cheap: detects the type from the content (the name is only used in the log), checks the limits
     * from headers and counts pages. Never throws for bad input.
     */
    public Intake inspect(byte[] bytes, String fileName) {
        return intake(decoder.inspect(bytes), fileName);
    }

    private static Intake intake(Inspection inspection, String fileName) {
        return switch (inspection) {
            case Inspection.Readable file ->
                new Intake.Accepted(file.format().mediaType(), file.format().extension(), file.pageCount());
            case Inspection.Unreadable file -> {
                log.info("Rejected upload {}: {}", fileName, file.reason());
                yield new Intake.Rejected(file.reason());
            }
        };
    }

    /**
     * As {@link #inspect(byte[], String)}, reading from {@code file} only what the check needs: a large
     * scan is never held whole in memory. A file that cannot be read is {@link Intake.Rejected}.
     */
    public Intake inspect(Path file, String fileName) {
        return intake(decoder.inspect(file), fileName);
    }

    /**
     * Decodes page {@code pageIndex} (0-based), cleans an OCR copy (turned upright, straightened, cropped,
     * toned as the profile says), recognises it and makes the derivatives with the same geometry. Never
     * throws for bad input.
     *
     * @throws IllegalStateException if the pipeline is closed or the thread is interrupted while waiting
     *     for an engine
     */
    public PageOutcome recognize(byte[] bytes, int pageIndex) {
        return engines.withEngine(engine ->
                recognized(engine, decoder.decode(bytes, pageIndex), () -> ScanResolution.of(bytes, pageIndex)));
    }

    /**
     * As {@link #recognize(byte[], int)}, reading from {@code file} only what this page needs (page 150 of a
     * 200-page TIFF reads a few percent of the file). A file that cannot be read is {@link PageOutcome.Quarantined}.
     */
    public PageOutcome recognize(Path file, int pageIndex) {
        return engines.withEngine(engine ->
                recognized(engine, decoder.decode(file, pageIndex), () -> ScanResolution.of(file, pageIndex)));
    }

    private PageOutcome recognized(OcrEngine engine, Decoded decoded, Supplier<OptionalInt> dpi) {
        return switch (decoded) {
            case Decoded.Failed failed -> new PageOutcome.Quarantined(failed.reason());
            case Decoded.Page page -> {
                try {
                    UprightReader.Reading reading = reader.read(engine, cleanup.clean(page.image()));
                    yield outcome(page.image(), reading, dpi.get());
                } catch (OcrFailedException e) {
                    yield new PageOutcome.Quarantined("text recognition failed: " + e.getMessage());
                }
            }
        };
    }

    private PageOutcome outcome(BufferedImage page, UprightReader.Reading reading, OptionalInt dpi) {
        PageGeometry geometry = reading.page().geometry();
        Derivatives.View view = Derivatives.view(page, geometry);
        OcrResult ocr = reading.ocr();
        List<OcrWord> words = view.scale() == 1.0
                ? ocr.words()
                : ocr.words().stream().map(word -> word.scaled(view.scale())).toList();
        BufferedImage image = view.image();
        return new PageOutcome.Recognized(
                ocr.text(),
                words,
                ocr.meanConfidence(),
                image.getWidth(),
                image.getHeight(),
                Derivatives.viewJpeg(image),
                Derivatives.thumbJpeg(image),
                flags(reading, dpi),
                geometry.rotation(),
                geometry.skew());
    }

    private List<PageFlag> flags(UprightReader.Reading reading, OptionalInt dpi) {
        List<PageFlag> flags = new ArrayList<>();
        boolean blank = reading.page().blank();
        if (blank) {
            flags.add(PageFlag.BLANK);
        }
        if (!blank && reading.ocr().meanConfidence() < profile.ocr().confidenceFloor()) {
            flags.add(PageFlag.LOW_CONFIDENCE);
        }
        if (dpi.isPresent() && dpi.getAsInt() < profile.capture().minDpi()) {
            flags.add(PageFlag.LOW_RESOLUTION);
        }
        return flags;
    }

    /** Frees the OCR engines; a page being recognised finishes first and frees its engine after. */
    @Override
    public void close() {
        engines.close();
    }
}
