package vn.hoso.archive.hotfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.ArchiveApplication;

/**
 * The archive service as a separate JVM on this test's class path, so it can be killed as a power cut or the OOM
 * killer would: {@link #kill} sends SIGKILL, and nothing in the service gets to run after it.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("started on port (\\d+)");

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the service; its output goes to {@code log}. @param arguments Spring Boot arguments ({@code --k=v}) */
    static ServiceProcess start(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules",
                "jdk.incubator.vector",
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                ArchiveApplication.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return new ServiceProcess(builder.start(), log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux, {@link Process#destroyForcibly()} is exactly that), then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("service process " + process.pid() + " survived SIGKILL");
        }
    }

    /** The HTTP port, once the service has logged it. */
    OptionalInt port() {
        Matcher matcher = PORT.matcher(output());
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the output, for a failure message. */
    String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops the service as an operator would (SIGTERM), killing it if it has not stopped within 20 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        if (!process.waitFor(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }
}
