package vn.hoso.ingest.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hoso.ingest.bench.internal.MarkdownReport;

/**
 * A benchmark run: every reader over the same pages with the same number of threads, one after another.
 *
 * @param dir the folder benchmarked
 * @param started when the run began
 * @param cores processors the JVM saw
 * @param loadBefore the system's one-minute load average before the first reader; negative when unknown
 * @param loadAfter the same after the last reader: other work on the machine skews pages/min
 * @param results one per reader that was asked for, pipeline first
 */
public record BenchReport(
        Path dir,
        String profile,
        int threads,
        ZonedDateTime started,
        int cores,
        double loadBefore,
        double loadAfter,
        List<ReaderResult> results) {

    public BenchReport {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(started, "started");
        results = List.copyOf(results);
    }

    public Optional<ReaderResult> result(Reader reader) {
        return results.stream().filter(result -> result.reader() == reader).findFirst();
    }

    /** The whole report as Markdown tables, ready to paste into {@code docs/BENCHMARKS.md}. */
    public String markdown() {
        return MarkdownReport.of(this);
    }
}
