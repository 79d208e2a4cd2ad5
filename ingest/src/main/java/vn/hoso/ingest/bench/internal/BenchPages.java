package vn.hoso.ingest.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder of pages with ground truth beside them, in the layout of {@code shared/samples}.
 *
 * <p>With a {@code manifest.tsv} (tab-separated, a header row naming the columns), its rows say which
 * page of which file each page id is; the columns used are {@code page_id} and {@code file} (required),
 * {@code page} (1-based, default 1), {@code person_name}, {@code degradations} (comma-separated, each
 * {@code kind} or {@code kind=parameter}) and {@code dpi}. Without one, every {@code <id>.gt.txt} names a
 * page: {@code <id>.png} (or .jpg, .tif) is that page, or, for {@code <dossier>_p<k>}, page k of
 * {@code <dossier>.tif}. Rows and ground truths whose counterpart is missing are an error, not skipped: a
 * benchmark over fewer pages than the folder holds would mislead.
 */
public final class BenchPages {

    private static final String MANIFEST = "manifest.tsv";
    private static final String TRUTH = ".gt.txt";
    private static final String VISUAL_TRUTH = ".gt.visual.txt";
    private static final List<String> SINGLE_PAGE = List.of(".png", ".jpg", ".jpeg", ".tif", ".tiff");
    private static final List<String> MULTI_PAGE = List.of(".tif", ".tiff");
    private static final Pattern PAGE_OF_FILE = Pattern.compile("(.+)_p(\\d+)");

    private BenchPages() {}

    /**
     * @throws IllegalArgumentException when the folder holds no page, or a manifest row or a ground truth
     *     lacks its image, or the manifest lacks a required column
     */
    public static List<BenchPage> read(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        List<BenchPage> pages = Files.exists(manifest) ? fromManifest(dir, manifest) : fromGroundTruths(dir);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no page with a *" + TRUTH + " ground truth in " + dir);
        }
        return pages;
    }

    private static List<BenchPage> fromManifest(Path dir, Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(manifest + " is empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = lines.getFirst().split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip(), i);
        }
        for (String required : List.of("page_id", "file")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(manifest + " has no column '" + required + "'");
            }
        }
        List<BenchPage> pages = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            pages.add(fromRow(dir, new Row(line.split("\t", -1), columns)));
        }
        return pages;
    }

    private static BenchPage fromRow(Path dir, Row row) throws IOException {
        String id = row.get("page_id").orElseThrow();
        Path file = dir.resolve(row.get("file").orElseThrow());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("manifest row " + id + ": no file " + file);
        }
        int page = row.get("page").map(Integer::parseInt).orElse(1);
        List<String> kinds = row.get("degradations").map(BenchPages::kinds).orElse(List.of());
        int dpi = row.get("dpi").map(Integer::parseInt).orElse(0);
        return new BenchPage(
                id,
                file,
                page - 1,
                groundTruths(dir, id),
                row.get("person_name").orElse(""),
                kinds,
                dpi);
    }

    /** {@code skew=0.99,faded=0.84} → {@code [skew, faded]}. */
    static List<String> kinds(String degradations) {
        return Arrays.stream(degradations.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .map(tag -> tag.contains("=") ? tag.substring(0, tag.indexOf('=')) : tag)
                .distinct()
                .toList();
    }

    private static List<BenchPage> fromGroundTruths(Path dir) throws IOException {
        List<String> ids;
        try (Stream<Path> files = Files.list(dir)) {
            ids = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(TRUTH))
                    .map(name -> name.substring(0, name.length() - TRUTH.length()))
                    .sorted()
                    .toList();
        }
        List<BenchPage> pages = new ArrayList<>();
        for (String id : ids) {
            pages.add(pageWithoutManifest(dir, id));
        }
        return pages;
    }

    private static BenchPage pageWithoutManifest(Path dir, String id) throws IOException {
        Optional<Path> single = firstExisting(dir, id, SINGLE_PAGE);
        if (single.isPresent()) {
            return new BenchPage(id, single.get(), 0, groundTruths(dir, id), "", List.of(), 0);
        }
        Matcher pageOfFile = PAGE_OF_FILE.matcher(id);
        if (pageOfFile.matches()) {
            Optional<Path> multi = firstExisting(dir, pageOfFile.group(1), MULTI_PAGE);
            if (multi.isPresent()) {
                int page = Integer.parseInt(pageOfFile.group(2));
                return new BenchPage(id, multi.get(), page - 1, groundTruths(dir, id), "", List.of(), 0);
            }
        }
        throw new IllegalArgumentException("ground truth " + id + TRUTH + " has no image beside it");
    }

    private static Optional<Path> firstExisting(Path dir, String stem, List<String> extensions) {
        return extensions.stream()
                .map(extension -> dir.resolve(stem + extension))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static List<String> groundTruths(Path dir, String id) throws IOException {
        Path truth = dir.resolve(id + TRUTH);
        if (!Files.isRegularFile(truth)) {
            throw new IllegalArgumentException("page " + id + " has no ground truth " + truth.getFileName());
        }
        List<String> truths = new ArrayList<>(List.of(Files.readString(truth, StandardCharsets.UTF_8)));
        Path visual = dir.resolve(id + VISUAL_TRUTH);
        if (Files.isRegularFile(visual)) {
            truths.add(Files.readString(visual, StandardCharsets.UTF_8));
        }
        return truths;
    }

    private record Row(String[] cells, Map<String, Integer> columns) {
        Optional<String> get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length || cells[index].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(cells[index].strip());
        }
    }
}
