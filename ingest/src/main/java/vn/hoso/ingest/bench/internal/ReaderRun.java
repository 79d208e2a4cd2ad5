package vn.hoso.ingest.bench.internal;

import java.util.List;
import java.util.Objects;
import vn.hoso.ingest.bench.Reader;

/**
 * One reader over the whole set.
 *
 * @param command what was run, with the program's version, as someone would type it
 * @param readings one per page, in the set's order; empty when skipped
 * @param wallSeconds from the first page started (engines included) to the last page done
 * @param skipped why the reader did not run; empty when it ran
 */
public record ReaderRun(Reader reader, String command, List<PageReading> readings, double wallSeconds,
        String skipped) {

    public ReaderRun {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(command, "command");
        readings = List.copyOf(readings);
        Objects.requireNonNull(skipped, "skipped");
    }

    public static ReaderRun skipped(Reader reader, String command, String why) {
        return new ReaderRun(reader, command, List.of(), 0, why);
    }

    public boolean ran() {
        return skipped.isEmpty();
    }
}
