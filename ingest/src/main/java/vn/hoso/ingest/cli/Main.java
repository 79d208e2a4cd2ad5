package vn.hoso.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.hoso.ingest.pipeline.IngestPipeline;
import vn.hoso.ingest.pipeline.Intake;
import vn.hoso.ingest.pipeline.PageOutcome;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/**
 * {@code recognize [--profile NAME|FILE.yml] [--threads N] [--tessdata DIR] --out DIR FILE...}
 *
 * <p>Writes {@code DIR/<file name without extension>-p<k>.txt} for each page k (from 1), prints each
 * page's seconds as it finishes and a closing {@code pages=N seconds=S sec/page=X pages/min=Y} line
 * (wall-clock from the engines being ready to the last page done). Exit status 0 when every page was
 * recognised, 1 when a file was rejected or a page quarantined, 2 on a usage error.
 */
public final class Main {

    private static final String USAGE = "usage: recognize [--profile NAME|FILE.yml] [--threads N] "
            + "[--tessdata DIR] --out DIR FILE...";
    private static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    private final PrintStream out;

    private Main(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.exit(new Main(out).run(options));
    }

    private int run(Options options) throws IOException, InterruptedException {
        Files.createDirectories(options.out());
        ScannerProfile profile = options.profile().endsWith(".yml")
                ? ScannerProfiles.load(Path.of(options.profile()))
                : ScannerProfiles.builtIn().get(options.profile());
        boolean allRecognized = true;
        long start = 0;
        List<Future<Boolean>> pages = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(options.threads());
        try (IngestPipeline pipeline = new IngestPipeline(profile, options.tessdata(), options.threads())) {
            start = System.nanoTime();
            for (Path file : options.files()) {
                byte[] bytes = Files.readAllBytes(file);
                switch (pipeline.inspect(bytes, file.getFileName().toString())) {
                    case Intake.Rejected rejected -> {
                        out.printf("%s: rejected: %s%n", file.getFileName(), rejected.reason());
                        allRecognized = false;
                    }
                    case Intake.Accepted accepted -> {
                        for (int i = 0; i < accepted.pageCount(); i++) {
                            int page = i;
                            pages.add(threads.submit(() -> recognize(pipeline, file, bytes, page, options.out())));
                        }
                    }
                }
            }
            for (Future<Boolean> page : pages) {
                allRecognized &= page.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a page failed unexpectedly", e.getCause());
        } finally {
            threads.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int count = pages.size();
        out.printf(Locale.ROOT, "pages=%d seconds=%.2f sec/page=%.2f pages/min=%.1f%n", count, seconds,
                count == 0 ? 0 : seconds / count, count == 0 ? 0 : count * 60 / seconds);
        return allRecognized ? 0 : 1;
    }

    private boolean recognize(IngestPipeline pipeline, Path file, byte[] bytes, int page, Path outDir)
            throws IOException {
        long start = System.nanoTime();
        PageOutcome outcome = pipeline.recognize(bytes, page);
        double seconds = (System.nanoTime() - start) / 1e9;
        String label = file.getFileName() + " p" + (page + 1);
        switch (outcome) {
            case PageOutcome.Recognized text -> {
                Path target = outDir.resolve(baseName(file) + "-p" + (page + 1) + ".txt");
                Files.writeString(target, text.text(), StandardCharsets.UTF_8);
                out.printf(Locale.ROOT, "%s: %.2f s, %d words, confidence %.1f%n",
                        label, seconds, text.words().size(), text.confidence());
                return true;
            }
            case PageOutcome.Quarantined quarantined -> {
                out.printf(Locale.ROOT, "%s: %.2f s, quarantined: %s%n", label, seconds, quarantined.reason());
                return false;
            }
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private record Options(String profile, int threads, Path tessdata, Path out, List<Path> files) {

        static Options parse(String[] args) {
            if (args.length == 0 || !args[0].equals("recognize")) {
                throw new IllegalArgumentException("the only command is 'recognize'");
            }
            String profile = "default";
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            Path tessdata = DEBIAN_TESSDATA;
            Path out = null;
            List<Path> files = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--profile" -> profile = value(args, ++i);
                    case "--threads" -> threads = threads(value(args, ++i));
                    case "--tessdata" -> tessdata = Path.of(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    default -> files.add(Path.of(args[i]));
                }
            }
            if (out == null || files.isEmpty()) {
                throw new IllegalArgumentException("--out DIR and at least one FILE are required");
            }
            return new Options(profile, threads, tessdata, out, files);
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value");
            }
            return args[index];
        }

        private static int threads(String value) {
            try {
                int threads = Integer.parseInt(value);
                if (threads >= 1) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // falls through to the usage error below
            }
            throw new IllegalArgumentException("--threads must be a whole number of at least 1, was " + value);
        }
    }
}
