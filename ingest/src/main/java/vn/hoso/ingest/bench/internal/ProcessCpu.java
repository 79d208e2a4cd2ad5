package vn.hoso.ingest.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processor time of this JVM and of its finished child processes, from {@code /proc/self/stat} (Linux): the
 * pipeline's cost is this process's time, an external reader's the time of the processes it waited for.
 * Unlike wall time, neither grows much when other work shares the cores.
 */
public final class ProcessCpu {

    /** {@code USER_HZ}: the unit of the figures in {@code /proc/self/stat}, 100 on every Linux platform we run. */
    private static final double TICKS_PER_SECOND = 100;

    private static final Path STAT = Path.of("/proc/self/stat");

    private ProcessCpu() {}

    /** Seconds so far: own (user + system) and of waited-for children; NaN both when the system does not tell. */
    public record Sample(double own, double children) {}

    public static Sample now() {
        try {
            String stat = Files.readString(STAT);
            // The command name in field 2 may hold spaces; the numbered fields start after its closing bracket.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
            double own = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            double children = (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
            return new Sample(own, children);
        } catch (IOException | RuntimeException e) {
            return new Sample(Double.NaN, Double.NaN);
        }
    }
}
