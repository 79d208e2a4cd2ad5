package vn.hoso.ingest.bench.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.hoso.ingest.bench.BenchReport;
import vn.hoso.ingest.bench.Benchmark;
import vn.hoso.ingest.bench.PageScore;
import vn.hoso.ingest.bench.ReaderResult;

/**
 * A {@link BenchReport} as Markdown: the run's facts, then tables over all pages, clean against degraded
 * pages, each degradation kind, and each page. Means are per page (every page weighs the same, whatever its
 * length). Ratios are the pipeline's figure divided by the other reader's.
 */
public final class MarkdownReport {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private final BenchReport report;
    private final List<ReaderResult> ran;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(BenchReport report) {
        this.report = report;
        this.ran = report.results().stream().filter(ReaderResult::ran).toList();
    }

    public static String of(BenchReport report) {
        MarkdownReport markdown = new MarkdownReport(report);
        markdown.heading();
        markdown.overall();
        markdown.pipelineAgainstOthers();
        markdown.perKind();
        markdown.perPage();
        markdown.problems();
        return markdown.out.toString();
    }

    private void heading() {
        line("### `bench` on `%s`, %s", report.dir(), report.started().format(STARTED));
        line("");
        line(
                "%d pages, %d threads, profile `%s`; %d cores, load average %s before, %s after.",
                pageCount(),
                report.threads(),
                report.profile(),
                report.cores(),
                load(report.loadBefore()),
                load(report.loadAfter()));
        line("");
        line(
                "Readers take turns on rounds of %d pages, after each has read the first round once untimed (warm-up); "
                        + "pages/min is pages ÷ the reader's summed wall time over its rounds (the pipeline's engine loading "
                        + "is shown apart as start-up); pages per CPU-minute counts processor time instead (this JVM's for "
                        + "the pipeline, the child processes' for the others), which other load on the machine hardly "
                        + "moves. CER and WER: Levenshtein distance over NFC text with "
                        + "white space collapsed, ÷ the ground truth's length, against the closer of `.gt.txt` and "
                        + "`.gt.visual.txt`; means are per page. Name: the manifest's `person_name` found letter for letter.",
                Benchmark.roundSize(report.threads()));
        line("");
        for (ReaderResult result : report.results()) {
            line(
                    "- **%s**: %s%s",
                    result.reader().label(),
                    result.command(),
                    result.ran() ? "" : " — **skipped**: " + result.skipped());
        }
        line("");
    }

    private void overall() {
        row(
                "reader",
                "pages",
                "mean CER",
                "mean WER",
                "name read exactly",
                "pages/min",
                "wall s",
                "pages/CPU-min",
                "CPU s",
                "start-up s",
                "unread");
        rule(11);
        for (ReaderResult result : ran) {
            ReaderResult.Summary all = result.summary();
            row(
                    result.reader().label(),
                    Integer.toString(all.pages()),
                    rate(all.meanCer()),
                    rate(all.meanWer()),
                    names(all),
                    number("%.1f", result.pagesPerMinute()),
                    number("%.1f", result.wallSeconds()),
                    number("%.1f", pagesPerCpuMinute(result)),
                    number("%.1f", result.cpuSeconds()),
                    number("%.1f", result.startupSeconds()),
                    Integer.toString(all.unread()));
        }
        line("");
    }

    /** The acceptance's comparisons, when the set marks clean and degraded pages. */
    private void pipelineAgainstOthers() {
        if (ran.isEmpty() || !ran.getFirst().reader().label().equals("pipeline") || ran.size() < 2) {
            return;
        }
        ReaderResult pipeline = ran.getFirst();
        List<ReaderResult> others = ran.subList(1, ran.size());
        List<String> header = new ArrayList<>(List.of("measure", "pipeline"));
        others.forEach(other -> header.add(other.reader().label()));
        others.forEach(other -> header.add("pipeline ÷ " + other.reader().label()));
        row(header.toArray(String[]::new));
        rule(header.size());
        if (pipeline.pages().stream().anyMatch(PageScore::degraded)) {
            comparison("mean CER, degraded pages", pipeline, others, r -> r.summary(PageScore::degraded)
                    .meanCer());
        }
        if (pipeline.pages().stream().anyMatch(PageScore::clean)) {
            comparison("mean CER, clean pages", pipeline, others, r -> r.summary(PageScore::clean)
                    .meanCer());
        }
        comparison("mean CER, all pages", pipeline, others, r -> r.summary().meanCer());
        comparison("mean WER, all pages", pipeline, others, r -> r.summary().meanWer());
        comparison("pages/min", pipeline, others, ReaderResult::pagesPerMinute);
        comparison("pages/CPU-min", pipeline, others, MarkdownReport::pagesPerCpuMinute);
        line("");
    }

    private void comparison(
            String measure, ReaderResult pipeline, List<ReaderResult> others, Function<ReaderResult, Double> figure) {
        String format = measure.startsWith("pages/") ? "%.1f" : "%.3f";
        List<String> cells = new ArrayList<>(List.of(measure, figure(format, figure.apply(pipeline))));
        others.forEach(other -> cells.add(figure(format, figure.apply(other))));
        others.forEach(other -> cells.add(ratio(figure.apply(pipeline), figure.apply(other))));
        row(cells.toArray(String[]::new));
    }

    private static double pagesPerCpuMinute(ReaderResult result) {
        return 60 / result.cpuSecondsPerPage();
    }

    private void perKind() {
        Set<String> kinds = new LinkedHashSet<>();
        report.results().stream()
                .flatMap(result -> result.pages().stream())
                .forEach(page -> kinds.addAll(page.kinds()));
        if (kinds.isEmpty() || ran.isEmpty()) {
            return;
        }
        line("Per degradation kind (a page with several kinds counts under each): mean CER · mean WER · "
                + "name read exactly");
        line("");
        List<String> header = new ArrayList<>(List.of("kind", "pages"));
        ran.forEach(result -> header.add(result.reader().label()));
        row(header.toArray(String[]::new));
        rule(header.size());
        for (String kind : kinds.stream().sorted().toList()) {
            Predicate<PageScore> ofKind = page -> page.kinds().contains(kind);
            List<String> cells = new ArrayList<>(List.of(
                    kind, Integer.toString(ran.getFirst().summary(ofKind).pages())));
            for (ReaderResult result : ran) {
                ReaderResult.Summary summary = result.summary(ofKind);
                cells.add(rate(summary.meanCer()) + " · " + rate(summary.meanWer()) + " · " + names(summary));
            }
            row(cells.toArray(String[]::new));
        }
        line("");
    }

    private void perPage() {
        if (ran.isEmpty()) {
            return;
        }
        line("Per page: CER · WER · name (✓ read, ✗ missed, – unknown) · seconds");
        line("");
        List<String> header = new ArrayList<>(List.of("page", "kinds"));
        ran.forEach(result -> header.add(result.reader().label()));
        row(header.toArray(String[]::new));
        rule(header.size());
        List<PageScore> first = ran.getFirst().pages();
        for (int i = 0; i < first.size(); i++) {
            List<String> cells = new ArrayList<>(List.of(
                    first.get(i).pageId(), String.join(", ", first.get(i).kinds())));
            for (ReaderResult result : ran) {
                PageScore page = result.pages().get(i);
                cells.add(rate(page.cer()) + " · " + rate(page.wer()) + " · " + mark(page.name()) + " · "
                        + number("%.1f", page.seconds()));
            }
            row(cells.toArray(String[]::new));
        }
        line("");
    }

    private void problems() {
        List<String> problems = new ArrayList<>();
        for (ReaderResult result : ran) {
            for (PageScore page : result.pages()) {
                if (!page.problem().isEmpty()) {
                    problems.add("- " + result.reader().label() + ", " + page.pageId() + ": " + page.problem());
                }
            }
        }
        if (!problems.isEmpty()) {
            line("Pages without text (scored as read empty):");
            line("");
            problems.forEach(this::line);
            line("");
        }
    }

    private int pageCount() {
        return ran.isEmpty() ? 0 : ran.getFirst().pages().size();
    }

    private static String names(ReaderResult.Summary summary) {
        if (summary.namesKnown() == 0) {
            return "–";
        }
        return summary.namesRead() + "/" + summary.namesKnown() + " ("
                + Math.round(100.0 * summary.namesRead() / summary.namesKnown()) + " %)";
    }

    private static String mark(PageScore.NameCheck name) {
        return switch (name) {
            case READ -> "✓";
            case MISSED -> "✗";
            case UNKNOWN -> "–";
        };
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? "–" : number("%.3f", value);
    }

    private static String figure(String format, double value) {
        return Double.isNaN(value) ? "–" : number(format, value);
    }

    private static String ratio(double ours, double theirs) {
        return Double.isNaN(ours) || Double.isNaN(theirs) || theirs == 0 ? "–" : number("%.2f×", ours / theirs);
    }

    private static String load(double load) {
        return load < 0 ? "unknown" : number("%.2f", load);
    }

    private static String number(String format, double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, format, value);
    }

    private void row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        line("%s", row);
    }

    private void rule(int columns) {
        line("%s", "|---".repeat(columns) + "|");
    }

    private void line(String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
