package vn.hoso.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.profiles.ScannerProfiles;

/** The benchmark end to end on a generated clean page and a skewed one: real pipeline, real Tesseract. */
class BenchmarkTest {

    static final Path TESSDATA =
            Path.of(System.getProperty("hoso.ingest.tessdata", "/usr/share/tesseract-ocr/5/tessdata"));

    @Test
    void pipelineAndBareTesseractReadTheSamePagesAndAreScored(@TempDir Path set)
            throws IOException, InterruptedException {
        List<DegradedSet.Page> pages = DegradedSet.generate(set, 2, 21);
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        BenchSettings settings = new BenchSettings(
                ScannerProfiles.builtIn().get("default"),
                TESSDATA,
                2,
                Duration.ofSeconds(60),
                Set.of(Reader.PIPELINE, Reader.TESSERACT));

        BenchReport report = Benchmark.run(set, settings, new BenchProgress() {
            @Override
            public void started(List<Reader> readers, int pageCount) {
                told.add("started " + readers + " " + pageCount);
            }

            @Override
            public void pageRead(Reader reader, String pageId, double seconds, String problem) {
                told.add(reader.label() + " " + pageId);
            }
        });

        assertThat(told).hasSize(5).first().isEqualTo("started [PIPELINE, TESSERACT] 2");
        assertThat(report.results())
                .extracting(ReaderResult::reader)
                .containsExactly(Reader.PIPELINE, Reader.TESSERACT);
        ReaderResult pipeline = report.result(Reader.PIPELINE).orElseThrow();
        assertThat(pipeline.pages())
                .extracting(PageScore::pageId)
                .containsExactly(pages.get(0).id(), pages.get(1).id());
        PageScore clean = pipeline.pages().getFirst();
        assertThat(clean.kinds()).containsExactly("clean");
        assertThat(clean.cer()).isLessThan(0.15);
        assertThat(clean.name()).isEqualTo(PageScore.NameCheck.READ);
        assertThat(clean.problem()).isEmpty();
        assertThat(pipeline.pagesPerMinute()).isPositive();
        assertThat(pipeline.cpuSeconds())
                .as("this JVM's processor time over the rounds")
                .isPositive();
        assertThat(report.result(Reader.TESSERACT).orElseThrow().cpuSeconds())
                .as("the tesseract processes' processor time")
                .isPositive();
        assertThat(report.result(Reader.TESSERACT)
                        .orElseThrow()
                        .summary(PageScore::clean)
                        .meanCer())
                .isLessThan(0.15);
    }

    @Test
    void reportIsMarkdownWithAllAndPerKindAndPerPageTables(@TempDir Path set) throws IOException {
        ReaderResult pipeline = new ReaderResult(
                Reader.PIPELINE,
                "ingest pipeline",
                List.of(
                        new PageScore("a", List.of("clean"), 0.02, 0.05, PageScore.NameCheck.READ, 1.5, ""),
                        new PageScore("b", List.of("faded"), 0.10, 0.20, PageScore.NameCheck.MISSED, 2.5, "")),
                6,
                5,
                1.2,
                "");
        ReaderResult tesseract = new ReaderResult(
                Reader.TESSERACT,
                "tesseract",
                List.of(
                        new PageScore("a", List.of("clean"), 0.02, 0.05, PageScore.NameCheck.READ, 1.0, ""),
                        new PageScore("b", List.of("faded"), 0.40, 0.60, PageScore.NameCheck.MISSED, 1.0, "timed out")),
                3,
                4,
                0,
                "");
        ReaderResult ocrmypdf =
                new ReaderResult(Reader.OCRMYPDF, "ocrmypdf", List.of(), 0, Double.NaN, 0, "not installed");
        BenchReport report = new BenchReport(
                set, "default", 2, java.time.ZonedDateTime.now(), 2, 1.0, 1.5, List.of(pipeline, tesseract, ocrmypdf));

        String markdown = report.markdown();

        assertThat(markdown)
                .contains("| pipeline | 2 | 0.060 | 0.125 | 1/2 (50 %) | 20.0 | 6.0 | 24.0 | 5.0 | 1.2 | 0 |")
                .contains("| tesseract | 2 | 0.210 | 0.325 | 1/2 (50 %) | 40.0 | 3.0 | 30.0 | 4.0 | 0.0 | 1 |")
                .contains("| mean CER, degraded pages | 0.100 | 0.400 | 0.25× |")
                .contains("| pages/min | 20.0 | 40.0 | 0.50× |")
                .contains("| pages/CPU-min | 24.0 | 30.0 | 0.80× |")
                .contains("| faded | 1 | 0.100 · 0.200 · 0/1 (0 %) | 0.400 · 0.600 · 0/1 (0 %) |")
                .contains("| b | faded | 0.100 · 0.200 · ✗ · 2.5 | 0.400 · 0.600 · ✗ · 1.0 |")
                .contains("**ocrmypdf**: ocrmypdf — **skipped**: not installed")
                .contains("- tesseract, b: timed out");
    }
}
