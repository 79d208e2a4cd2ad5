package vn.hoso.ingest.bench.internal;

import java.util.List;
import java.util.Objects;
import vn.hoso.ingest.bench.Reader;

/**
 * One reader over the whole set.
 *
 * @param command what was run, with the program's version, as someone would type it
 * @param readings one per page, in the set's order; empty when skipped
 * @param wallSeconds the reader's timed rounds, summed (warm-up and engine loading excluded)
 * @param cpuSeconds processor time spent over those rounds, by this JVM for the pipeline and by the child
 *     processes for the others; NaN when the system does not tell
 * @param startupSeconds loading engines before the first page (the pipeline's; 0 for the others)
 * @param skipped why the reader did not run; empty when it ran
 */
public record ReaderRun(
        Reader reader,
        String command,
        List<PageReading> readings,
        double wallSeconds,
        double cpuSeconds,
        double startupSeconds,
        String skipped) {

    public ReaderRun {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(command, "command");
        readings = List.copyOf(readings);
        Objects.requireNonNull(skipped, "skipped");
    }

    public static ReaderRun skipped(Reader reader, String command, String why) {
        return new ReaderRun(reader, command, List.of(), 0, Double.NaN, 0, why);
    }

    public boolean ran() {
        return skipped.isEmpty();
    }
}
