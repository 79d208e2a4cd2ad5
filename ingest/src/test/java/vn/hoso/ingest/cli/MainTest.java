package vn.hoso.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.TestPages;

class MainTest {

    static final String TESSDATA = System.getProperty("hoso.ingest.tessdata", "/usr/share/tesseract-ocr/5/tessdata");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return Main.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                errStream,
                new ProgressBar(errStream, false, System::nanoTime));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class Recognize {

        @Test
        void eachPageGetsItsTextAndWordBoxesAndTheRunASummaryLine(@TempDir Path dir) throws Exception {
            Path scan = dir.resolve("to-khai.png");
            Files.write(scan, TestPages.png(TestPages.strip(TestPages.DECLARATION)));
            Path outDir = dir.resolve("out");

            int status = run(
                    "recognize", "--threads", "1", "--tessdata", TESSDATA, "--out", outDir.toString(), scan.toString());

            assertThat(status).isZero();
            assertThat(Files.readString(outDir.resolve("to-khai-p1.txt"), StandardCharsets.UTF_8))
                    .contains("Nguyễn Văn Thường", "Quảng Trị");
            assertThat(Files.readString(outDir.resolve("to-khai-p1.words.json"), StandardCharsets.UTF_8))
                    .startsWith("{\"file\": \"to-khai.png\", \"page\": 1, ")
                    .containsPattern("\\{\"text\": \"Thường\", \"x\": \\d+, \"y\": \\d+, \"width\": \\d+, ");
            assertThat(printed()).matches("pages=1 seconds=[0-9.]+ sec/page=[0-9.]+ pages/min=[0-9.]+\\n");
            assertThat(errors()).contains("recognize: 1 pages", "[1/1] to-khai.png p1: ");
        }

        @Test
        void fileThatIsNotAnImageIsRejectedAndTheRunSaysSo(@TempDir Path dir) throws Exception {
            Path text = dir.resolve("ghi-chu.jpg");
            Files.writeString(text, "không phải ảnh", StandardCharsets.UTF_8);

            int status = run(
                    "recognize",
                    "--tessdata",
                    TESSDATA,
                    "--out",
                    dir.resolve("out").toString(),
                    text.toString());

            assertThat(status).isEqualTo(1);
            assertThat(errors()).contains("ghi-chu.jpg: rejected: ");
            assertThat(printed()).startsWith("pages=0 ");
        }

        @Test
        void missingOutputFolderIsAUsageError() throws Exception {
            assertThat(run("recognize", "scan.tif")).isEqualTo(2);
            assertThat(errors()).contains("--out DIR is required", "usage: recognize");
        }
    }

    @Nested
    class Bench {

        @Test
        void generateWritesTheRequestedPagesAndSaysWhichKinds(@TempDir Path dir) throws Exception {
            int status = run("bench", "generate", "--out", dir.toString(), "--count", "1", "--seed", "4");

            assertThat(status).isZero();
            assertThat(dir.resolve("manifest.tsv")).exists();
            assertThat(dir.resolve("s4-001-clean.png")).exists();
            assertThat(printed()).isEqualTo("wrote 1 pages to " + dir + " (seed 4): clean 1\n");
        }

        @Test
        void unknownReaderIsAUsageError(@TempDir Path dir) throws Exception {
            assertThat(run("bench", "--readers", "pipeline,abbyy", dir.toString()))
                    .isEqualTo(2);
            assertThat(errors()).contains("--readers takes pipeline, tesseract, ocrmypdf");
        }
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        assertThat(run("scan")).isEqualTo(2);
        assertThat(errors()).contains("unknown command 'scan'", "bench generate --out DIR");
    }
}
