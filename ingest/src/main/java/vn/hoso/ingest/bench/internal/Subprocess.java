package vn.hoso.ingest.bench.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external program with a deadline, one OCR thread, and its output in files (pipes could fill up
 * and stall it). A program still running at the deadline is killed, with its children.
 */
final class Subprocess {

    /**
     * @param status the exit status; -1 when killed at the deadline
     * @param errorTail the last line the program wrote to standard error, for a failure's reason
     */
    record Exit(int status, boolean timedOut, String errorTail) {
        boolean succeeded() {
            return !timedOut && status == 0;
        }

        String problem(Duration timeout) {
            if (timedOut) {
                return "timed out after " + timeout.toSeconds() + " s";
            }
            return status == 0 ? "" : "exit " + status + (errorTail.isEmpty() ? "" : ": " + errorTail);
        }
    }

    private Subprocess() {}

    static Exit run(List<String> command, Path stdout, Path stderr, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Exit(-1, true, lastLine(stderr));
            }
            return new Exit(process.exitValue(), false, lastLine(stderr));
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }

    /**
     * The first line {@code program --version} prints (Tesseract prints it on standard error), or empty
     * when the program cannot be started: it is not installed.
     */
    static String version(String program, Path workDir) throws InterruptedException {
        Path output = workDir.resolve(program + "-version.out");
        Path errors = workDir.resolve(program + "-version.err");
        try {
            Exit exit = run(List.of(program, "--version"), output, errors, Duration.ofSeconds(30));
            String printed = Files.readString(output, StandardCharsets.ISO_8859_1)
                    + Files.readString(errors, StandardCharsets.ISO_8859_1);
            String first = printed.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .findFirst()
                    .orElse("");
            return exit.succeeded() && !first.isEmpty() ? first : "";
        } catch (IOException e) {
            return "";
        }
    }
}
