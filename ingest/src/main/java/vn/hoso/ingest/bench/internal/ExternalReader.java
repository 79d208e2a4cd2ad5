package vn.hoso.ingest.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.hoso.ingest.bench.BenchSettings;
import vn.hoso.ingest.bench.Reader;

/**
 * A command-line OCR program run once per page, {@code threads} processes at a time, each with
 * {@code OMP_THREAD_LIMIT=1} and a deadline: the way a shell script with {@code xargs -P N} would use it.
 * Every process starts from scratch (loads its model), which is the honest cost of such a script.
 */
public final class ExternalReader implements RoundReader {

    private static final String STDOUT = "stdout.txt";

    private final Reader reader;
    private final String command;
    private final PageCommand invocation;
    private final BenchSettings settings;
    private final Map<String, Path> images;
    private final Path dir;
    private final ExecutorService workers;

    /** @param text the file the program leaves the page's text in */
    private record Invocation(List<String> command, Path text) {}

    @FunctionalInterface
    private interface PageCommand {
        Invocation of(Path image, BenchPage page, Path pageDir);
    }

    private ExternalReader(Reader reader, String command, PageCommand invocation, Setup setup) {
        this.reader = reader;
        this.command = command;
        this.invocation = invocation;
        this.settings = setup.settings();
        this.images = setup.images();
        this.dir = setup.dir();
        this.workers = Executors.newFixedThreadPool(settings.threads());
    }

    /**
     * @param images page id → a file holding that page alone (see {@link PageImages})
     * @param dir an empty folder for the processes' output
     */
    public record Setup(BenchSettings settings, Map<String, Path> images, Path dir) {}

    /** Bare Tesseract, text on standard output; empty when it is not installed. */
    public static Optional<ExternalReader> tesseract(Setup setup) throws IOException, InterruptedException {
        return installed(Reader.TESSERACT, setup)
                .map(version -> new ExternalReader(
                        Reader.TESSERACT,
                        version + ": tesseract IMAGE - -l vie",
                        (image, page, pageDir) -> new Invocation(
                                List.of("tesseract", image.toString(), "-", "-l", "vie"), pageDir.resolve(STDOUT)),
                        setup));
    }

    /**
     * OCRmyPDF with the cleanup Paperless-ngx uses, one job per process, the text from its sidecar file;
     * empty when it is not installed. The resolution is passed when the set states it, as OCRmyPDF refuses
     * an image without one.
     */
    public static Optional<ExternalReader> ocrmypdf(Setup setup) throws IOException, InterruptedException {
        return installed(Reader.OCRMYPDF, setup)
                .map(version -> new ExternalReader(
                        Reader.OCRMYPDF,
                        "ocrmypdf " + version + ": ocrmypdf -l vie --rotate-pages --deskew --clean --jobs 1 "
                                + "[--image-dpi DPI] --sidecar TXT IMAGE PDF",
                        ExternalReader::ocrmypdf,
                        setup));
    }

    private static Optional<String> installed(Reader reader, Setup setup) throws IOException, InterruptedException {
        Path versionDir = Files.createDirectories(setup.dir().resolve(reader.label() + "-version"));
        String version = Subprocess.version(reader.label(), versionDir);
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
    }

    private static Invocation ocrmypdf(Path image, BenchPage page, Path pageDir) {
        List<String> command = new ArrayList<>(
                List.of("ocrmypdf", "-l", "vie", "--rotate-pages", "--deskew", "--clean", "--jobs", "1"));
        if (page.dpi() > 0) {
            command.addAll(List.of("--image-dpi", Integer.toString(page.dpi())));
        }
        Path sidecar = pageDir.resolve("sidecar.txt");
        command.addAll(List.of(
                "--sidecar",
                sidecar.toString(),
                image.toString(),
                pageDir.resolve("out.pdf").toString()));
        return new Invocation(command, sidecar);
    }

    @Override
    public Reader reader() {
        return reader;
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public ExecutorService workers() {
        return workers;
    }

    @Override
    public PageReading readOne(BenchPage page) throws IOException, InterruptedException {
        Path pageDir = Files.createDirectories(dir.resolve(reader.label()).resolve(page.id()));
        Invocation run = invocation.of(images.get(page.id()), page, pageDir);
        long start = System.nanoTime();
        Subprocess.Exit exit = Subprocess.run(
                run.command(), pageDir.resolve(STDOUT), pageDir.resolve("stderr.txt"), settings.pageTimeout());
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = exit.succeeded() && Files.exists(run.text())
                ? new String(Files.readAllBytes(run.text()), StandardCharsets.UTF_8)
                : "";
        return new PageReading(page.id(), text, seconds, exit.problem(settings.pageTimeout()));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
