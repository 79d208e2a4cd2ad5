package vn.hoso.ingest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The ingest command line, for scanning workstations and measurements:
 *
 * <pre>
 * recognize [--profile NAME|FILE.yml] [--threads N] [--tessdata DIR] --out DIR FILE...
 * bench [--profile NAME|FILE.yml] [--threads N] [--tessdata DIR] [--readers pipeline,tesseract,ocrmypdf]
 *       [--timeout SECONDS] DIR
 * bench generate --out DIR [--count N] [--seed S]
 * </pre>
 *
 * <p>{@code recognize} writes {@code DIR/<file name without extension>-p<k>.txt} and {@code -p<k>.words.json}
 * for each page k (from 1), shows progress on standard error and prints a closing
 * {@code pages=N seconds=S sec/page=X pages/min=Y} line (wall-clock from the first page queued to the last
 * done). {@code bench} prints a Markdown report. Exit status 0 on success, 1 when a file was rejected or a
 * page quarantined ({@code recognize}), 2 on a usage error. Run with {@code OMP_THREAD_LIMIT=1}.
 */
public final class Main {

    static final String USAGE = """
            usage: recognize [--profile NAME|FILE.yml] [--threads N] [--tessdata DIR] --out DIR FILE...
                   bench [--profile NAME|FILE.yml] [--threads N] [--tessdata DIR] \
            [--readers pipeline,tesseract,ocrmypdf] [--timeout SECONDS] DIR
                   bench generate --out DIR [--count N] [--seed S]""";

    private Main() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err, ProgressBar.onStandardError(err)));
    }

    /** @return the exit status */
    static int run(List<String> args, PrintStream out, PrintStream err, ProgressBar progress) throws Exception {
        try {
            String command = args.isEmpty() ? "" : args.getFirst();
            List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
            return switch (command) {
                case "recognize" ->
                    new RecognizeCommand(out, progress).run(CommandLine.parse(rest, RecognizeCommand.OPTIONS));
                case "bench" ->
                    !rest.isEmpty() && rest.getFirst().equals("generate")
                            ? new BenchCommand(out, progress)
                                    .generate(CommandLine.parse(
                                            rest.subList(1, rest.size()), BenchCommand.GENERATE_OPTIONS))
                            : new BenchCommand(out, progress).run(CommandLine.parse(rest, BenchCommand.OPTIONS));
                default ->
                    throw new IllegalArgumentException(
                            command.isEmpty() ? "a command is required" : "unknown command '" + command + "'");
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
