package vn.hoso.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import vn.hoso.ingest.pipeline.IngestPipeline;
import vn.hoso.ingest.pipeline.Intake;
import vn.hoso.ingest.pipeline.PageOutcome;
import vn.hoso.profiles.ScannerProfile;

/**
 * {@code recognize}: every page of every file through the pipeline, its text and word boxes written to the
 * output folder, progress on standard error, one summary line on standard output.
 *
 * <p>Files are inspected first (headers only) so the total is known; then pages are queued, at most two per
 * worker in flight, so only the files of those pages are held in memory, however long the list.
 */
final class RecognizeCommand {

    static final Set<String> OPTIONS = Set.of("--profile", "--threads", "--tessdata", "--out");

    private final PrintStream out;
    private final ProgressBar progress;

    RecognizeCommand(PrintStream out, ProgressBar progress) {
        this.out = out;
        this.progress = progress;
    }

    /** A file that passed inspection; its bytes are read again when its pages are queued. */
    private record Job(Path file, int pageCount) {}

    /** @return the exit status: 0 when every page was recognised, 1 when a file was rejected or a page quarantined */
    int run(CommandLine args) throws IOException, InterruptedException {
        Path outDir = args.path("--out");
        if (args.operands().isEmpty()) {
            throw new IllegalArgumentException("at least one FILE is required");
        }
        ScannerProfile profile = args.profile();
        int threads = args.threads();
        Files.createDirectories(outDir);
        long start = System.nanoTime();
        int pageCount = 0;
        boolean allRecognised = true;
        try (IngestPipeline pipeline = new IngestPipeline(profile, args.tessdata(), threads)) {
            List<Job> jobs = new ArrayList<>();
            for (String name : args.operands()) {
                Path file = Path.of(name);
                switch (pipeline.inspect(
                        Files.readAllBytes(file), file.getFileName().toString())) {
                    case Intake.Rejected rejected -> {
                        progress.note(file.getFileName() + ": rejected: " + rejected.reason());
                        allRecognised = false;
                    }
                    case Intake.Accepted accepted -> jobs.add(new Job(file, accepted.pageCount()));
                }
            }
            start = System.nanoTime();
            progress.start("recognize", jobs.stream().mapToInt(Job::pageCount).sum());
            List<Future<Boolean>> pages = submitAll(pipeline, jobs, threads, outDir);
            for (Future<Boolean> page : pages) {
                allRecognised &= page.get();
                pageCount++;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a page failed unexpectedly", e.getCause());
        } finally {
            progress.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "pages=%d seconds=%.2f sec/page=%.2f pages/min=%.1f%n",
                pageCount,
                seconds,
                pageCount == 0 ? 0 : seconds / pageCount,
                pageCount == 0 ? 0 : pageCount * 60 / seconds);
        return allRecognised ? 0 : 1;
    }

    private List<Future<Boolean>> submitAll(IngestPipeline pipeline, List<Job> jobs, int threads, Path outDir)
            throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(2 * threads);
        List<Future<Boolean>> pages = new ArrayList<>();
        try {
            for (Job job : jobs) {
                byte[] bytes = Files.readAllBytes(job.file());
                for (int i = 0; i < job.pageCount(); i++) {
                    int page = i;
                    inFlight.acquire();
                    pages.add(workers.submit(() -> {
                        try {
                            return recognize(pipeline, job.file(), bytes, page, outDir);
                        } finally {
                            inFlight.release();
                        }
                    }));
                }
            }
        } finally {
            workers.shutdown();
        }
        return pages;
    }

    private boolean recognize(IngestPipeline pipeline, Path file, byte[] bytes, int page, Path outDir)
            throws IOException {
        long start = System.nanoTime();
        PageOutcome outcome = pipeline.recognize(bytes, page);
        double seconds = (System.nanoTime() - start) / 1e9;
        String label = file.getFileName() + " p" + (page + 1);
        switch (outcome) {
            case PageOutcome.Recognized text -> {
                String base = baseName(file) + "-p" + (page + 1);
                Files.writeString(outDir.resolve(base + ".txt"), text.text(), StandardCharsets.UTF_8);
                Files.writeString(
                        outDir.resolve(base + ".words.json"),
                        WordsJson.of(file.getFileName().toString(), page + 1, text),
                        StandardCharsets.UTF_8);
                progress.pageDone(String.format(
                        Locale.ROOT,
                        "%s: %.2f s, %d words, confidence %.1f",
                        label,
                        seconds,
                        text.words().size(),
                        text.confidence()));
                return true;
            }
            case PageOutcome.Quarantined quarantined -> {
                progress.pageFailed(String.format(
                        Locale.ROOT, "%s: %.2f s, quarantined: %s", label, seconds, quarantined.reason()));
                return false;
            }
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
