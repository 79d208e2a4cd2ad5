package vn.hoso.ingest.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One reader's scores over the whole set.
 *
 * @param command what ran, with the program's version
 * @param pages in the set's order; empty when the reader was skipped
 * @param wallSeconds the reader's timed rounds, summed: after one warm-up round, engines already loaded
 * @param cpuSeconds processor time over those rounds (this JVM for the pipeline, child processes for the
 *     others); NaN when unknown. Unlike wall time it hardly moves with other load on the machine.
 * @param startupSeconds loading engines before the first page, not part of {@code wallSeconds}
 * @param skipped why the reader did not run (not installed); empty when it ran
 */
public record ReaderResult(
        Reader reader,
        String command,
        List<PageScore> pages,
        double wallSeconds,
        double cpuSeconds,
        double startupSeconds,
        String skipped) {

    public ReaderResult {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(command, "command");
        pages = List.copyOf(pages);
        Objects.requireNonNull(skipped, "skipped");
    }

    /**
     * Means over some pages.
     *
     * @param namesKnown pages whose set names a person
     * @param namesRead of those, pages where the name was read exactly
     * @param unread pages with a problem (no text)
     */
    public record Summary(int pages, double meanCer, double meanWer, int namesRead, int namesKnown, int unread) {}

    public boolean ran() {
        return skipped.isEmpty();
    }

    /** Pages per minute of wall-clock time over the whole set; 0 when skipped. */
    public double pagesPerMinute() {
        return wallSeconds > 0 ? pages.size() * 60 / wallSeconds : 0;
    }

    /** Processor seconds per page; NaN when skipped or unknown. */
    public double cpuSecondsPerPage() {
        return pages.isEmpty() ? Double.NaN : cpuSeconds / pages.size();
    }

    public Summary summary() {
        return summary(page -> true);
    }

    public Summary summary(Predicate<PageScore> which) {
        List<PageScore> chosen = pages.stream().filter(which).toList();
        double cer = chosen.stream().mapToDouble(PageScore::cer).average().orElse(Double.NaN);
        double wer = chosen.stream().mapToDouble(PageScore::wer).average().orElse(Double.NaN);
        int namesRead = (int) chosen.stream()
                .filter(page -> page.name() == PageScore.NameCheck.READ)
                .count();
        int namesKnown = (int) chosen.stream()
                .filter(page -> page.name() != PageScore.NameCheck.UNKNOWN)
                .count();
        int unread =
                (int) chosen.stream().filter(page -> !page.problem().isEmpty()).count();
        return new Summary(chosen.size(), cer, wer, namesRead, namesKnown, unread);
    }
}
