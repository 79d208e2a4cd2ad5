package vn.hoso.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.ingest.bench.internal.GeneratedPage;

/**
 * Writes a benchmark set of Vietnamese administrative pages with known text, in the layout
 * {@link Benchmark} reads: {@code <id>.png} (with its dpi), {@code <id>.gt.txt} (reading order),
 * {@code <id>.gt.visual.txt} where the side-by-side blocks make the visual order differ, and a
 * {@code manifest.tsv} with the columns of {@code shared/samples/manifest.tsv}.
 *
 * <p>Each page is one form (death notice, war-invalid certificate, allowance decision, personal
 * declaration, commune confirmation, medical assessment) for a made-up person of Quảng Trị, in one of the
 * installed DejaVu, Liberation or Noto fonts at 200–300 dpi, with exactly one kind of damage: {@code clean},
 * {@code skew} (±0.6–3°), {@code faded}, {@code speckle}, {@code yellowed}, {@code broken_chars}
 * (typewriter), {@code photocopy} (bilevel), {@code phone_photo} (perspective and uneven light),
 * {@code rot90}, {@code rot180}, {@code rot270}. Page i gets kind i modulo 11, so 44 pages hold 4 of each.
 *
 * <p>Deterministic: the same seed gives byte-identical files on a machine with the same fonts, and page i
 * is the same whatever the count.
 */
public final class DegradedSet {

    /** @param id the file stem: {@code <id>.png}, {@code <id>.gt.txt} */
    public record Page(String id, String kind, String personName) {}

    private DegradedSet() {}

    /** The degradation kinds in the order pages cycle through them. */
    public static List<String> kinds() {
        return GeneratedPage.kinds();
    }

    /** Writes {@code count} pages into {@code dir} (created if needed; files of the same names are replaced). */
    public static List<Page> generate(Path dir, int count, long seed) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Files.createDirectories(dir);
        List<Page> pages = new ArrayList<>();
        StringBuilder manifest = new StringBuilder(GeneratedPage.MANIFEST_HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            GeneratedPage page = GeneratedPage.write(dir, seed, i);
            manifest.append(page.manifestRow()).append('\n');
            pages.add(new Page(page.id(), page.kind(), page.personName()));
        }
        Files.writeString(dir.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        return List.copyOf(pages);
    }
}
