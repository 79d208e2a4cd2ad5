package vn.hoso.ingest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.hoso.ingest.bench.internal.BenchPage;
import vn.hoso.ingest.bench.internal.BenchPages;
import vn.hoso.ingest.bench.internal.ExternalReader;
import vn.hoso.ingest.bench.internal.PageImages;
import vn.hoso.ingest.bench.internal.PageReading;
import vn.hoso.ingest.bench.internal.PipelineReader;
import vn.hoso.ingest.bench.internal.ProcessCpu;
import vn.hoso.ingest.bench.internal.ReaderRun;
import vn.hoso.ingest.bench.internal.RoundReader;
import vn.hoso.ingest.bench.internal.Scoring;

/**
 * Measures how well and how fast pages with known text are read: by our pipeline and, on the same pages
 * with the same number of threads in the same run, by bare Tesseract and by OCRmyPDF.
 *
 * <p>The folder has the layout of {@code shared/samples}: images, {@code <page id>.gt.txt} beside them
 * (optionally {@code .gt.visual.txt}), optionally a {@code manifest.tsv} naming each page's file, person
 * and degradations; {@link DegradedSet} writes such folders.
 *
 * <p>Readers never run at the same time. They take turns on rounds of {@code 3 × threads} pages, so a
 * change in other load on the machine during the run falls on all of them alike; a reader's wall time is
 * the sum of its rounds, after every reader has read the first round once to warm up (the pipeline's
 * engine loading is reported apart). Processor time is measured too, since it hardly moves with load. An external program that is
 * not installed is skipped and the report says so; one that exceeds {@link BenchSettings#pageTimeout()} on a
 * page is killed and the page scored as read empty.
 */
public final class Benchmark {

    private static final List<Reader> ORDER = List.of(Reader.PIPELINE, Reader.TESSERACT, Reader.OCRMYPDF);

    private Benchmark() {}

    /** Pages per round: enough for every thread to read a few, few enough that readers alternate often. */
    public static int roundSize(int threads) {
        return 3 * threads;
    }

    /**
     * @throws IllegalArgumentException when the folder holds no scorable page or its manifest names a
     *     missing file
     * @throws IOException when a page file cannot be read or an external program cannot be started
     */
    public static BenchReport run(Path dir, BenchSettings settings, BenchProgress progress)
            throws IOException, InterruptedException {
        List<BenchPage> pages = BenchPages.read(dir);
        ZonedDateTime started = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        double loadBefore = load();
        Path work = Files.createTempDirectory("hoso-bench-");
        try (Lineup lineup = new Lineup()) {
            lineup.open(pages, settings, work);
            progress.started(lineup.readers.stream().map(RoundReader::reader).toList(), pages.size());
            List<ReaderRun> runs = new ArrayList<>(inRounds(pages, settings.threads(), lineup, progress));
            runs.addAll(lineup.skipped);
            List<ReaderResult> results = new ArrayList<>();
            for (Reader reader : ORDER) {
                runs.stream()
                        .filter(run -> run.reader() == reader)
                        .findFirst()
                        .ifPresent(run -> results.add(Scoring.score(run, pages)));
            }
            return new BenchReport(
                    dir,
                    settings.profile().name(),
                    settings.threads(),
                    started,
                    Runtime.getRuntime().availableProcessors(),
                    loadBefore,
                    load(),
                    results);
        } finally {
            deleteRecursively(work);
        }
    }

    /** The readers that will run, those skipped, and the pipeline's start-up time. */
    private static final class Lineup implements AutoCloseable {
        private final List<RoundReader> readers = new ArrayList<>();
        private final List<ReaderRun> skipped = new ArrayList<>();
        private double pipelineSeconds;

        void open(List<BenchPage> pages, BenchSettings settings, Path work) throws IOException, InterruptedException {
            if (settings.readers().contains(Reader.PIPELINE)) {
                long start = System.nanoTime();
                readers.add(new PipelineReader(settings));
                pipelineSeconds = (System.nanoTime() - start) / 1e9;
            }
            boolean tesseract = settings.readers().contains(Reader.TESSERACT);
            boolean ocrmypdf = settings.readers().contains(Reader.OCRMYPDF);
            if (!tesseract && !ocrmypdf) {
                return;
            }
            Map<String, Path> images = PageImages.standalone(pages, Files.createDirectories(work.resolve("pages")));
            ExternalReader.Setup setup = new ExternalReader.Setup(settings, images, work);
            if (tesseract) {
                add(ExternalReader.tesseract(setup), Reader.TESSERACT);
            }
            if (ocrmypdf) {
                add(ExternalReader.ocrmypdf(setup), Reader.OCRMYPDF);
            }
        }

        private void add(Optional<ExternalReader> reader, Reader which) {
            reader.ifPresentOrElse(
                    readers::add,
                    () -> skipped.add(ReaderRun.skipped(
                            which, which.label(), which.label() + " is not installed (not on PATH)")));
        }

        @Override
        public void close() {
            readers.forEach(RoundReader::close);
        }
    }

    private static List<ReaderRun> inRounds(List<BenchPage> pages, int threads, Lineup lineup, BenchProgress progress)
            throws IOException, InterruptedException {
        List<RoundReader> readers = lineup.readers;
        int roundSize = roundSize(threads);
        warmUp(pages.subList(0, Math.min(pages.size(), roundSize)), readers);
        double[] wall = new double[readers.size()];
        double[] cpu = new double[readers.size()];
        List<List<PageReading>> readings = new ArrayList<>();
        readers.forEach(reader -> readings.add(new ArrayList<>()));
        for (int from = 0; from < pages.size(); from += roundSize) {
            List<BenchPage> round = pages.subList(from, Math.min(pages.size(), from + roundSize));
            for (int r = 0; r < readers.size(); r++) {
                RoundReader reader = readers.get(r);
                ProcessCpu.Sample before = ProcessCpu.now();
                long start = System.nanoTime();
                readings.get(r).addAll(reader.read(round, told(progress, reader.reader())));
                wall[r] += (System.nanoTime() - start) / 1e9;
                cpu[r] += cpuSpent(reader.reader(), before, ProcessCpu.now());
            }
        }
        List<ReaderRun> runs = new ArrayList<>();
        for (int r = 0; r < readers.size(); r++) {
            RoundReader reader = readers.get(r);
            double startup = reader.reader() == Reader.PIPELINE ? lineup.pipelineSeconds : 0;
            runs.add(new ReaderRun(reader.reader(), reader.command(), readings.get(r), wall[r], cpu[r], startup, ""));
        }
        return runs;
    }

    /**
     * Every reader reads the first round once, untimed, before the timed rounds. A clerk's batch runs in a
     * service that has been up for hours; a cold JVM's first pages (class loading, the JIT) cost up to a
     * third more and dominated the figure on a set as small as the 12 sample pages.
     */
    private static void warmUp(List<BenchPage> round, List<RoundReader> readers)
            throws IOException, InterruptedException {
        for (RoundReader reader : readers) {
            reader.read(round, reading -> {});
        }
    }

    /** The pipeline runs in this JVM; the others are child processes this JVM waited for. */
    private static double cpuSpent(Reader reader, ProcessCpu.Sample before, ProcessCpu.Sample after) {
        return reader == Reader.PIPELINE ? after.own() - before.own() : after.children() - before.children();
    }

    private static Consumer<PageReading> told(BenchProgress progress, Reader reader) {
        return reading -> progress.pageRead(reader, reading.pageId(), reading.seconds(), reading.problem());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
