package vn.hoso.ingest.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoso.ingest.bench.PageScore;
import vn.hoso.ingest.bench.ReaderResult;

/** Turns a reader's texts into scores against the set's ground truths. */
public final class Scoring {

    private Scoring() {}

    public static ReaderResult score(ReaderRun run, List<BenchPage> pages) {
        Map<String, PageReading> readings =
                run.readings().stream().collect(Collectors.toMap(PageReading::pageId, Function.identity()));
        List<PageScore> scores = new ArrayList<>();
        if (run.ran()) {
            for (BenchPage page : pages) {
                scores.add(score(page, readings.get(page.id())));
            }
        }
        return new ReaderResult(
                run.reader(),
                run.command(),
                scores,
                run.wallSeconds(),
                run.cpuSeconds(),
                run.startupSeconds(),
                run.skipped());
    }

    static PageScore score(BenchPage page, PageReading reading) {
        TextScore text = TextScore.closest(reading.text(), page.groundTruths());
        PageScore.NameCheck name;
        if (page.personName().isEmpty()) {
            name = PageScore.NameCheck.UNKNOWN;
        } else {
            name = TextScore.contains(reading.text(), page.personName())
                    ? PageScore.NameCheck.READ
                    : PageScore.NameCheck.MISSED;
        }
        return new PageScore(
                page.id(), page.kinds(), text.cer(), text.wer(), name, reading.seconds(), reading.problem());
    }
}
