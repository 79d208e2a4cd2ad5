package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.search.SearchBenchmarkQueries.Kind;

/** The benchmark command at a tiny size, so its code cannot rot between the runs that matter. */
class SearchBenchmarkTest {

    @TempDir
    Path folder;

    @Test
    void tinyRunMeasuresEveryFigureThroughApiLuceneAndHttp() throws Exception {
        Path dir = folder.resolve("bench");
        SearchBenchmarkReport report = SearchBenchmark.run(SearchBenchmark.Options.parse(
                "--pages", "240", "--dossiers", "12", "--queries", "60", "--warmup", "12", "--dir", dir.toString()));

        assertThat(report.built().dossiers()).isEqualTo(12);
        assertThat(report.built().pages()).isEqualTo(240);
        assertThat((double) report.built().textBytes() / report.built().pages()).isBetween(1300.0, 1800.0);
        assertThat(report.built().buildMillis()).isPositive();
        assertThat(report.indexBytes()).isGreaterThan(report.built().textBytes());
        assertThat(report.api().count()).isEqualTo(60);
        assertThat(report.api().p50())
                .isPositive()
                .isLessThanOrEqualTo(report.api().p95());
        assertThat(report.api().p95()).isLessThanOrEqualTo(report.api().p99());
        assertThat(report.apiByKind()).containsOnlyKeys(Kind.values());
        assertThat(report.emptyResults())
                .as("queries are written from dossiers of the archive")
                .isEmpty();
        assertThat(report.termQuery().count()).isEqualTo(60);
        assertThat(report.benchmarkHeapBytes()).isPositive();
        assertThat(report.http().latencies().count()).isEqualTo(60);
        assertThat(report.http().heapAfterGcBytes()).isPositive().isLessThan(1L << 30);
        assertThat(report.http().reconcile()).contains("0 re-indexed, 0 removed");
        assertThat(report.text()).contains("p99", "HTTP", "TermQuery", "index size on disk");
        assertThat(dir).as("the generated archive is deleted after the run").satisfies(d -> assertThat(Files.exists(d))
                .isFalse());
    }

    @Test
    void archiveHoldsExactlyThePagesAskedForAcrossItsDossiers() {
        SyntheticArchive archive = new SyntheticArchive(7, 300, 15_001);
        long pages = 0;
        for (int number = 0; number < archive.dossierCount(); number++) {
            assertThat(archive.pagesOf(number)).isPositive();
            pages += archive.pagesOf(number);
        }
        assertThat(pages).isEqualTo(15_001);
        assertThat(archive.indexed(5)).isEqualTo(archive.indexed(5));
    }
}
