package vn.hoso.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoso.ingest.bench.BenchProgress;
import vn.hoso.ingest.bench.BenchReport;
import vn.hoso.ingest.bench.BenchSettings;
import vn.hoso.ingest.bench.Benchmark;
import vn.hoso.ingest.bench.DegradedSet;
import vn.hoso.ingest.bench.Reader;

/**
 * {@code bench DIR}: the benchmark's Markdown report on standard output, progress on standard error.
 * {@code bench generate}: writes a degraded set with ground truth.
 */
final class BenchCommand {

    static final Set<String> OPTIONS = Set.of("--profile", "--threads", "--tessdata", "--readers", "--timeout");
    static final Set<String> GENERATE_OPTIONS = Set.of("--out", "--count", "--seed");

    private static final long DEFAULT_TIMEOUT_SECONDS = 300;
    private static final long DEFAULT_COUNT = 44;

    private final PrintStream out;
    private final ProgressBar progress;

    BenchCommand(PrintStream out, ProgressBar progress) {
        this.out = out;
        this.progress = progress;
    }

    int run(CommandLine args) throws IOException, InterruptedException {
        if (args.operands().size() != 1) {
            throw new IllegalArgumentException("bench needs exactly one DIR");
        }
        BenchSettings settings = new BenchSettings(
                args.profile(),
                args.tessdata(),
                args.threads(),
                Duration.ofSeconds(args.number("--timeout", 1, DEFAULT_TIMEOUT_SECONDS)),
                readers(args));
        BenchReport report = Benchmark.run(Path.of(args.operands().getFirst()), settings, new BenchProgress() {
            @Override
            public void started(List<Reader> readers, int pages) {
                progress.start(
                        "bench (" + readers.stream().map(Reader::label).collect(Collectors.joining(", ")) + ")",
                        readers.size() * pages);
            }

            @Override
            public void pageRead(Reader reader, String pageId, double seconds, String problem) {
                String what = String.format(Locale.ROOT, "%s %s: %.2f s", reader.label(), pageId, seconds);
                if (problem.isEmpty()) {
                    progress.pageDone(what);
                } else {
                    progress.pageFailed(what + ", " + problem);
                }
            }
        });
        progress.finish();
        out.print(report.markdown());
        return 0;
    }

    int generate(CommandLine args) throws IOException {
        if (!args.operands().isEmpty()) {
            throw new IllegalArgumentException("unexpected " + args.operands().getFirst());
        }
        Path dir = args.path("--out");
        int count = (int) args.number("--count", 1, DEFAULT_COUNT);
        long seed = args.number("--seed", 0, 1);
        List<DegradedSet.Page> pages = DegradedSet.generate(dir, count, seed);
        String kinds = pages.stream()
                .collect(Collectors.groupingBy(DegradedSet.Page::kind, Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(kind -> kind.getKey() + " " + kind.getValue())
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "wrote %d pages to %s (seed %d): %s%n", pages.size(), dir, seed, kinds);
        return 0;
    }

    private static Set<Reader> readers(CommandLine args) {
        String names = args.text("--readers", "pipeline,tesseract,ocrmypdf");
        Set<Reader> readers = EnumSet.noneOf(Reader.class);
        for (String name : names.split(",")) {
            readers.add(Arrays.stream(Reader.values())
                    .filter(reader -> reader.label().equals(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--readers takes pipeline, tesseract, ocrmypdf separated by commas, was " + names)));
        }
        return readers;
    }
}
