package vn.hoso.ingest.bench.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import vn.hoso.ingest.bench.BenchSettings;
import vn.hoso.ingest.bench.Reader;
import vn.hoso.ingest.pipeline.IngestPipeline;
import vn.hoso.ingest.pipeline.PageOutcome;

/**
 * Our pipeline, in this JVM, with {@code threads} workers; each page from its original file (a TIFF's page
 * is decoded from the TIFF, as in production), viewer derivatives included, so the time is what a clerk's
 * batch costs.
 */
public final class PipelineReader implements RoundReader {

    private final IngestPipeline pipeline;
    private final ExecutorService workers;
    private final String command;

    /** Loads the engines: the caller times this as part of the pipeline's cost. */
    public PipelineReader(BenchSettings settings) {
        this.pipeline = new IngestPipeline(settings.profile(), settings.tessdata(), settings.threads());
        this.workers = Executors.newFixedThreadPool(settings.threads());
        this.command = command(settings);
    }

    @Override
    public Reader reader() {
        return Reader.PIPELINE;
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public ExecutorService workers() {
        return workers;
    }

    @Override
    public PageReading readOne(BenchPage page) throws IOException {
        long start = System.nanoTime();
        PageOutcome outcome = pipeline.recognize(page.file(), page.pageIndex());
        double seconds = (System.nanoTime() - start) / 1e9;
        return switch (outcome) {
            case PageOutcome.Recognized recognized -> new PageReading(page.id(), recognized.text(), seconds, "");
            case PageOutcome.Quarantined quarantined ->
                new PageReading(page.id(), "", seconds, "quarantined: " + quarantined.reason());
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
        pipeline.close();
    }

    private static String command(BenchSettings settings) {
        String steps = settings.profile().cleanup().steps().stream()
                .map(step -> step.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        return "ingest pipeline in this JVM, profile " + settings.profile().name() + " (cleanup steps: " + steps
                + "; languages " + settings.profile().ocr().languages() + ")";
    }
}
