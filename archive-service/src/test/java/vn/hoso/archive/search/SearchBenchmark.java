package vn.hoso.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.dossier.Category;
import vn.hoso.archive.dossier.Decision;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.Gender;
import vn.hoso.archive.dossier.Place;
import vn.hoso.archive.dossier.Subject;
import vn.hoso.archive.search.SearchBenchmarkQueries.Kind;
import vn.hoso.archive.search.SearchBenchmarkQueries.Query;

/**
 * The search benchmark of issue 4: builds a synthetic archive ({@link SyntheticArchive}) into a real on-disk index
 * through {@link SearchIndex#upsertAll} with two writer threads, writes a manifest per dossier so the real service
 * accepts the index as up to date, then times a mixed query set ({@link SearchBenchmarkQueries}) through the Java
 * API, as bare Lucene term queries, and over HTTP against the archive service started on the same folder
 * ({@link SearchBenchmarkService}). Run by {@code bin/bench-search}; prints a {@link SearchBenchmarkReport}.
 *
 * <p>Queries run one at a time from one client after a warm-up, so a latency is the time of one request on an
 * otherwise idle service. The folder is deleted at the end unless {@code --keep}.
 */
public final class SearchBenchmark {

    /** Command-line settings; {@code main} documents them. */
    record Options(
            long pages,
            int dossiers,
            int queries,
            int warmup,
            long seed,
            Path dir,
            boolean http,
            boolean keep,
            boolean buildOnly) {

        static Options parse(String... args) {
            Options o = new Options(
                    1_000_000, 20_000, 1_200, 300, 4, Path.of("/tmp/hoso-bench-search"), true, false, false);
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                o = switch (args[i]) {
                    case "--pages" ->
                        new Options(
                                Long.parseLong(value),
                                o.dossiers,
                                o.queries,
                                o.warmup,
                                o.seed,
                                o.dir,
                                o.http,
                                o.keep,
                                o.buildOnly);
                    case "--dossiers" ->
                        new Options(
                                o.pages,
                                Integer.parseInt(value),
                                o.queries,
                                o.warmup,
                                o.seed,
                                o.dir,
                                o.http,
                                o.keep,
                                o.buildOnly);
                    case "--queries" ->
                        new Options(
                                o.pages,
                                o.dossiers,
                                Integer.parseInt(value),
                                o.warmup,
                                o.seed,
                                o.dir,
                                o.http,
                                o.keep,
                                o.buildOnly);
                    case "--warmup" ->
                        new Options(
                                o.pages,
                                o.dossiers,
                                o.queries,
                                Integer.parseInt(value),
                                o.seed,
                                o.dir,
                                o.http,
                                o.keep,
                                o.buildOnly);
                    case "--seed" ->
                        new Options(
                                o.pages,
                                o.dossiers,
                                o.queries,
                                o.warmup,
                                Long.parseLong(value),
                                o.dir,
                                o.http,
                                o.keep,
                                o.buildOnly);
                    case "--dir" ->
                        new Options(
                                o.pages,
                                o.dossiers,
                                o.queries,
                                o.warmup,
                                o.seed,
                                Path.of(value),
                                o.http,
                                o.keep,
                                o.buildOnly);
                    case "--no-http" ->
                        new Options(
                                o.pages, o.dossiers, o.queries, o.warmup, o.seed, o.dir, false, o.keep, o.buildOnly);
                    case "--keep" ->
                        new Options(o.pages, o.dossiers, o.queries, o.warmup, o.seed, o.dir, o.http, true, o.buildOnly);
                    case "--build-only" ->
                        new Options(o.pages, o.dossiers, o.queries, o.warmup, o.seed, o.dir, o.http, true, true);
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + args[i] + "; known: --pages N"
                                        + " --dossiers N --queries N --warmup N --seed N --dir PATH --no-http --keep --build-only");
                };
                i += args[i].startsWith("--no-") || args[i].equals("--keep") || args[i].equals("--build-only") ? 0 : 1;
            }
            return o;
        }
    }

    /** The clearance of the benchmark's officer: sees all but the top-secret dossiers, so access filtering works. */
    static final Confidentiality CLEARANCE = Confidentiality.SECRET;

    private SearchBenchmark() {}

    /**
     * {@code --pages N} (default 1,000,000), {@code --dossiers N} (20,000), {@code --queries N} measured (1,200),
     * {@code --warmup N} (300), {@code --seed N}, {@code --dir PATH} (an absent or empty folder; default
     * /tmp/hoso-bench-search), {@code --no-http}, {@code --keep} (leave the folder), {@code --build-only} (build and
     * keep, measure nothing). A folder that holds an index this benchmark built with the same pages, dossiers and
     * seed is measured again as it is, and its build figures are reported from that build.
     */
    public static void main(String[] args) throws Exception {
        System.out.print(run(Options.parse(args)).text());
    }

    static SearchBenchmarkReport run(Options options) throws Exception {
        boolean reuse = SearchBenchmarkBuild.builtFor(options);
        if (!reuse) {
            prepare(options.dir());
        }
        try {
            return measure(options);
        } finally {
            if (!options.keep() && !options.buildOnly()) {
                delete(options.dir());
            }
        }
    }

    private static SearchBenchmarkReport measure(Options options) throws Exception {
        String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        SyntheticArchive archive = new SyntheticArchive(options.seed(), options.dossiers(), options.pages());
        Path indexFolder = options.dir().resolve("index");
        SearchBenchmarkBuild built = SearchBenchmarkBuild.builtFor(options)
                ? SearchBenchmarkBuild.read(options.dir())
                : build(options, archive, startedAt);
        if (options.buildOnly()) {
            return new SearchBenchmarkReport(
                    startedAt, machine(), built, folderBytes(indexFolder), null, Map.of(), List.of(), null, 0, null);
        }
        List<Query> queries =
                SearchBenchmarkQueries.of(archive, options.warmup() + options.queries(), options.seed() + 1, CLEARANCE);
        Latencies api;
        Map<Kind, Latencies> byKind;
        long heap;
        List<String> empty = new ArrayList<>();
        try (LuceneSearchIndex index = new LuceneSearchIndex(indexFolder)) {
            long[] nanos = timed(queries, options.warmup(), query -> {
                if (index.search(query.forApi(CLEARANCE)).total() == 0) {
                    empty.add(query.text());
                }
            });
            api = Latencies.of(nanos);
            byKind = byKind(queries.subList(options.warmup(), queries.size()), nanos);
            heap = heapAfterGc();
        }
        long indexBytes = folderBytes(indexFolder);
        Latencies termQuery = bareTermQueries(indexFolder, queries, options.warmup());
        SearchBenchmarkReport.Http http = options.http() ? overHttp(options.dir(), queries, options.warmup()) : null;
        return new SearchBenchmarkReport(
                startedAt, machine(), built, indexBytes, api, byKind, empty, termQuery, heap, http);
    }

    /** Manifests, then the index, each timed; the figures are kept beside them for a later run to reuse. */
    private static SearchBenchmarkBuild build(Options options, SyntheticArchive archive, String startedAt)
            throws Exception {
        String machine = machine();
        long start = System.nanoTime();
        writeManifests(archive, options.dir().resolve("storage"));
        long manifestMillis = millisSince(start);
        LongAdder textBytes = new LongAdder();
        try (LuceneSearchIndex index = new LuceneSearchIndex(options.dir().resolve("index"))) {
            start = System.nanoTime();
            build(index, archive, textBytes);
        }
        SearchBenchmarkBuild built = new SearchBenchmarkBuild(
                startedAt,
                machine,
                archive.dossierCount(),
                archive.pageCount(),
                options.seed(),
                textBytes.sum(),
                manifestMillis,
                millisSince(start));
        built.write(options.dir());
        return built;
    }

    /** Two writer threads, each streaming every other dossier; neither holds more than the dossier it writes. */
    private static void build(SearchIndex index, SyntheticArchive archive, LongAdder textBytes) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> written = new ArrayList<>();
            for (int slice = 0; slice < 2; slice++) {
                Stream<IndexedDossier> dossiers = archive.slice(slice, 2).peek(dossier -> dossier.pages()
                        .forEach(page -> textBytes.add(page.text().getBytes(StandardCharsets.UTF_8).length)));
                written.add(writers.submit(() -> index.upsertAll(dossiers)));
            }
            long total = 0;
            for (Future<Long> each : written) {
                total += each.get();
            }
            if (total != archive.dossierCount()) {
                throw new IllegalStateException("indexed " + total + " of " + archive.dossierCount() + " dossiers");
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private interface Search {
        void run(Query query) throws Exception;
    }

    /** Runs the warm-up queries, then times each of the others; returns their durations in order. */
    private static long[] timed(List<Query> queries, int warmup, Search search) throws Exception {
        for (Query query : queries.subList(0, warmup)) {
            search.run(query);
        }
        long[] nanos = new long[queries.size() - warmup];
        for (int i = warmup; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.run(queries.get(i));
            nanos[i - warmup] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static Map<Kind, Latencies> byKind(List<Query> measured, long[] nanos) {
        Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            long[] ofKind = java.util.stream.IntStream.range(0, measured.size())
                    .filter(i -> measured.get(i).kind() == kind)
                    .mapToLong(i -> nanos[i])
                    .toArray();
            if (ofKind.length > 0) {
                byKind.put(kind, Latencies.of(ofKind));
            }
        }
        return byKind;
    }

    /** The baseline: each query reduced to its one term, top 20 by score, on the same index files. */
    private static Latencies bareTermQueries(Path indexFolder, List<Query> queries, int warmup) throws Exception {
        try (FSDirectory directory = FSDirectory.open(indexFolder);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return Latencies.of(timed(
                    queries, warmup, query -> searcher.search(query.baseline(), SearchBenchmarkQueries.PAGE_SIZE)));
        }
    }

    private static SearchBenchmarkReport.Http overHttp(Path dir, List<Query> queries, int warmup) throws Exception {
        try (SearchBenchmarkService service = SearchBenchmarkService.start(dir, CLEARANCE.name())) {
            Latencies latencies =
                    Latencies.of(timed(queries, warmup, query -> service.search(query.httpQueryString())));
            return new SearchBenchmarkReport.Http(
                    latencies, service.heapUsedAfterGcBytes(), service.startupMillis(), service.reconcileLine());
        }
    }

    /**
     * One manifest per dossier, at version 1 like the index, in the folder store's layout: the service's start-up
     * reconcile then finds the index up to date instead of dropping it. Page objects are not written; search reads
     * only the index.
     */
    private static void writeManifests(SyntheticArchive archive, Path storage) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Instant created = Instant.parse("2026-11-22T00:00:00Z");
        for (int number = 0; number < archive.dossierCount(); number++) {
            SyntheticArchive.Person p = archive.person(number);
            Subject subject = new Subject(
                    p.fullName(),
                    p.otherName() == null ? List.of() : List.of(p.otherName()),
                    p.female() ? Gender.FEMALE : Gender.MALE,
                    p.birthYear(),
                    null,
                    p.hometown().written(),
                    new Place(
                            p.hometown().province(),
                            p.hometown().district(),
                            p.hometown().commune()),
                    null,
                    p.citizenId(),
                    null);
            Dossier dossier = new Dossier(
                    new DossierCode(p.code()),
                    "Hồ sơ " + p.fullName(),
                    Category.valueOf(p.category()),
                    p.confidentiality(),
                    subject,
                    DossierStatus.valueOf(p.status()),
                    1,
                    created,
                    "bench",
                    List.of(),
                    List.of(new Decision(
                            p.decision(),
                            p.decisionDate(),
                            "Ủy ban nhân dân tỉnh " + p.hometown().province(),
                            null)),
                    List.of(),
                    null,
                    List.of());
            Path file = storage.resolve(DossierKeys.manifest(dossier.code()));
            Files.createDirectories(file.getParent());
            Files.write(file, json.writeValueAsBytes(dossier));
        }
    }

    private static void prepare(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; the benchmark needs a fresh folder");
                }
            }
        }
        Files.createDirectories(dir);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
        }
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return "%d cores, load average %.2f, Java %s, max heap %d MB, %s"
                .formatted(
                        os.getAvailableProcessors(),
                        os.getSystemLoadAverage(),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() / 1048576,
                        LocalDate.now(ZoneOffset.UTC));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
