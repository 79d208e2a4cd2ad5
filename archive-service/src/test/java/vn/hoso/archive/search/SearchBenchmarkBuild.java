package vn.hoso.archive.search;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How a benchmark archive was built, kept beside it ({@value #FILE}) so that a later run on the same folder measures
 * the same index again and reports the build as it was measured, instead of building a million pages twice.
 *
 * @param textBytes UTF-8 bytes of page text indexed
 */
record SearchBenchmarkBuild(
        String builtAt,
        String machine,
        int dossiers,
        long pages,
        long seed,
        long textBytes,
        long manifestMillis,
        long buildMillis) {

    static final String FILE = "bench-build.properties";

    /** Whether {@code options.dir()} holds a finished build of exactly this archive. */
    static boolean builtFor(SearchBenchmark.Options options) throws IOException {
        Path file = options.dir().resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        SearchBenchmarkBuild built = read(options.dir());
        return built.pages() == options.pages()
                && built.dossiers() == options.dossiers()
                && built.seed() == options.seed();
    }

    static SearchBenchmarkBuild read(Path dir) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new SearchBenchmarkBuild(
                properties.getProperty("builtAt"),
                properties.getProperty("machine"),
                Integer.parseInt(properties.getProperty("dossiers")),
                Long.parseLong(properties.getProperty("pages")),
                Long.parseLong(properties.getProperty("seed")),
                Long.parseLong(properties.getProperty("textBytes")),
                Long.parseLong(properties.getProperty("manifestMillis")),
                Long.parseLong(properties.getProperty("buildMillis")));
    }

    /** Written last, so its presence means the build finished. */
    void write(Path dir) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("builtAt", builtAt);
        properties.setProperty("machine", machine);
        properties.setProperty("dossiers", Integer.toString(dossiers));
        properties.setProperty("pages", Long.toString(pages));
        properties.setProperty("seed", Long.toString(seed));
        properties.setProperty("textBytes", Long.toString(textBytes));
        properties.setProperty("manifestMillis", Long.toString(manifestMillis));
        properties.setProperty("buildMillis", Long.toString(buildMillis));
        try (Writer writer = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(writer, "search benchmark build");
        }
    }
}
