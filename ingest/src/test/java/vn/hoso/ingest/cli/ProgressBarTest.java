package vn.hoso.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalEachPageGetsAPlainLineWithRateAndTimeLeft() {
        ProgressBar progress = new ProgressBar(err, false, nanos::get);
        progress.start("recognize", 4);
        nanos.set(30_000_000_000L);
        progress.pageDone("a.tif p1: 30.00 s");
        nanos.set(60_000_000_000L);
        progress.pageDone("a.tif p2: 30.00 s");

        assertThat(printed()).isEqualTo("""
                recognize: 4 pages
                [1/4] a.tif p1: 30.00 s · 2.0 pages/min · ETA 1:30
                [2/4] a.tif p2: 30.00 s · 2.0 pages/min · ETA 1:00
                """);
        assertThat(printed()).doesNotContain("\r", "\033");
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlace() {
        ProgressBar progress = new ProgressBar(err, true, nanos::get);
        progress.start("recognize", 4);
        nanos.set(60_000_000_000L);
        progress.pageDone("a.tif p1");
        progress.pageDone("a.tif p2");
        progress.finish();

        assertThat(printed())
                .endsWith("\r\033[Krecognize [###############...............] 2/4 pages "
                        + "· 2.0 pages/min · ETA 1:00\n");
        assertThat(printed()).doesNotContain("a.tif p1");
    }

    @Test
    void onATerminalAFailedPageIsKeptAboveTheBar() {
        ProgressBar progress = new ProgressBar(err, true, nanos::get);
        progress.start("recognize", 2);
        progress.pageFailed("b.png p1: quarantined: not an image");

        assertThat(printed()).contains("\r\033[Kb.png p1: quarantined: not an image\n");
        assertThat(printed()).endsWith("1/2 pages · – pages/min · ETA –");
    }
}
