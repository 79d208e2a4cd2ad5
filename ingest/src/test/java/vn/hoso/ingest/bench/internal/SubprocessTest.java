package vn.hoso.ingest.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubprocessTest {

    @Test
    void programPastItsDeadlineIsKilledAndReportedAsTimedOut(@TempDir Path dir)
            throws IOException, InterruptedException {
        long start = System.nanoTime();

        Subprocess.Exit exit =
                Subprocess.run(List.of("sleep", "30"), dir.resolve("out"), dir.resolve("err"), Duration.ofMillis(300));

        assertThat(exit.timedOut()).isTrue();
        assertThat(exit.problem(Duration.ofMillis(300))).startsWith("timed out");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void failingProgramReportsItsStatusAndLastErrorLine(@TempDir Path dir) throws IOException, InterruptedException {
        Subprocess.Exit exit = Subprocess.run(
                List.of("sh", "-c", "echo first >&2; echo 'không đọc được' >&2; exit 3"),
                dir.resolve("out"),
                dir.resolve("err"),
                Duration.ofSeconds(10));

        assertThat(exit.succeeded()).isFalse();
        assertThat(exit.problem(Duration.ofSeconds(10))).isEqualTo("exit 3: không đọc được");
    }

    @Test
    void programRunsWithOneOpenMpThread(@TempDir Path dir) throws IOException, InterruptedException {
        Subprocess.Exit exit = Subprocess.run(
                List.of("sh", "-c", "echo $OMP_THREAD_LIMIT"),
                dir.resolve("out"),
                dir.resolve("err"),
                Duration.ofSeconds(10));

        assertThat(exit.succeeded()).isTrue();
        assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEqualTo("1\n");
    }

    @Test
    void missingProgramHasNoVersion(@TempDir Path dir) throws InterruptedException {
        assertThat(Subprocess.version("hoso-no-such-ocr-program", dir)).isEmpty();
        assertThat(Subprocess.version("tesseract", dir)).startsWith("tesseract 5");
    }
}
