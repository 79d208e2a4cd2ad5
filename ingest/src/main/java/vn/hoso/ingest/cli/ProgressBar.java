package vn.hoso.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Pages done out of the total, pages per minute and the time left, on standard error.
 *
 * <p>On a terminal one line is redrawn in place; otherwise (a log file, a pipe, CI) each page gets its own
 * plain line, so nothing is lost and no control characters end up in a file. Rate and time left are from
 * the wall clock since {@link #start}: with N workers, pages finish N at a time. Safe to call from worker
 * threads.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private String label = "";
    private int total;
    private int done;
    private long startNanos;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** A bar on this process's standard error, redrawn in place only when that is a terminal. */
    static ProgressBar onStandardError(PrintStream err) {
        return new ProgressBar(err, standardErrorIsTerminal(), System::nanoTime);
    }

    /**
     * Linux names a terminal's device behind the file descriptor ({@code /dev/pts/N}); {@code System.console()}
     * cannot tell, as it looks at standard input and output. Elsewhere: plain lines.
     */
    private static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    synchronized void start(String label, int total) {
        this.label = label;
        this.total = total;
        this.done = 0;
        this.startNanos = nanoTime.getAsLong();
        if (terminal) {
            redraw();
        } else {
            err.printf(Locale.ROOT, "%s: %d pages%n", label, total);
        }
    }

    /** @param what this page and how it went, e.g. {@code scan.tif p3: 4.21 s, 312 words} */
    synchronized void pageDone(String what) {
        done++;
        if (terminal) {
            clear();
            redraw();
        } else {
            err.printf(Locale.ROOT, "[%d/%d] %s · %s%n", done, total, what, rateAndEta());
        }
    }

    /** A page that went wrong: counted like any other, and its line kept above the bar on a terminal. */
    synchronized void pageFailed(String what) {
        if (terminal) {
            clear();
            err.println(what);
        }
        pageDone(what);
    }

    /** A line worth keeping (a rejected file), printed above the bar. */
    synchronized void note(String line) {
        if (terminal) {
            clear();
            err.println(line);
            redraw();
        } else {
            err.println(line);
        }
    }

    /** Leaves the finished bar, if one is drawn, on its own line. */
    synchronized void finish() {
        if (terminal && drawn) {
            err.println();
            drawn = false;
        }
    }

    /** The bar's text without control characters, e.g. {@code [######....] 12/44 pages · 25.3 pages/min · ETA 1:16}. */
    synchronized String bar() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " pages · "
                + rateAndEta();
    }

    private String rateAndEta() {
        double minutes = (nanoTime.getAsLong() - startNanos) / 60e9;
        if (done == 0 || minutes <= 0) {
            return "– pages/min · ETA –";
        }
        double perMinute = done / minutes;
        long secondsLeft = Math.round((total - done) / perMinute * 60);
        return String.format(
                Locale.ROOT, "%.1f pages/min · ETA %d:%02d", perMinute, secondsLeft / 60, secondsLeft % 60);
    }

    private void redraw() {
        drawn = true;
        err.print(bar());
        err.flush();
    }

    private void clear() {
        err.print("\r\033[K");
    }
}
