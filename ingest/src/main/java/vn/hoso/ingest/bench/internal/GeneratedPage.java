package vn.hoso.ingest.bench.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * One page of a generated set: a form filled in for a made-up person, laid out in one of the installed
 * fonts at 200, 250 or 300 dpi, painted, degraded by one kind, and written with its ground truth.
 *
 * @param manifestRow this page's row of {@code manifest.tsv}, in the order of {@link #MANIFEST_HEADER}
 */
public record GeneratedPage(String id, String kind, String personName, String manifestRow) {

    public static final String MANIFEST_HEADER = String.join(
            "\t",
            "page_id",
            "file",
            "page",
            "pages_in_file",
            "dossier_code",
            "category",
            "doc_kind",
            "doc_type",
            "person_name",
            "birth_year",
            "district",
            "commune",
            "issue_year",
            "dpi",
            "width",
            "height",
            "color",
            "font",
            "font_pt",
            "profile",
            "degradations",
            "n_lines",
            "n_chars");

    private static final int[] DPIS = {200, 250, 300};

    /** The kinds a set cycles through, page by page: page i gets kind i modulo their number. */
    public static List<String> kinds() {
        return Degradations.KINDS;
    }

    /**
     * Makes page {@code index} of the set for {@code seed} and writes {@code <id>.png}, {@code <id>.gt.txt} and,
     * when the visual order differs, {@code <id>.gt.visual.txt} into {@code dir}. The same seed and index
     * give the same files on the same fonts.
     */
    public static GeneratedPage write(Path dir, long seed, int index) throws IOException {
        // Mixed, because java.util.Random's first draws from neighbouring seeds are alike.
        Random random =
                new Random(new SplittableRandom(seed).split().nextLong() ^ new SplittableRandom(index).nextLong());
        String kind = Degradations.KINDS.get(index % Degradations.KINDS.size());
        People.Person person = People.person(random);
        FormTexts.Form form = FormTexts.form(random, person);
        int dpi = DPIS[random.nextInt(DPIS.length)];
        boolean typewriter = kind.equals("broken_chars");
        List<Typeface> faces = Typeface.installed(typewriter || random.nextDouble() < 0.15);
        Typeface face = faces.get(random.nextInt(faces.size()));
        SheetLayout.Sheet sheet = new SheetLayout(face, dpi).layOut(form.rows(), 12 + random.nextInt(5) * 0.5);
        boolean seal = !form.kind().equals("ban_khai_ca_nhan") && random.nextDouble() < 0.6;
        BufferedImage painted = SheetPainter.paint(sheet, dpi, typewriter, seal, random);
        Degradations.Degraded page = Degradations.apply(kind, painted, random);

        String id = String.format(Locale.ROOT, "s%d-%03d-%s", seed, index + 1, kind.replace('_', '-'));
        PngFiles.write(page.image(), dpi, dir.resolve(id + ".png"));
        String truth = String.join("\n", sheet.truth()) + "\n";
        Files.writeString(dir.resolve(id + ".gt.txt"), truth, StandardCharsets.UTF_8);
        if (!sheet.visual().equals(sheet.truth())) {
            Files.writeString(
                    dir.resolve(id + ".gt.visual.txt"),
                    String.join("\n", sheet.visual()) + "\n",
                    StandardCharsets.UTF_8);
        }
        String row = String.join(
                "\t",
                id,
                id + ".png",
                "1",
                "1",
                "QT-" + form.category() + "-" + (500000 + random.nextInt(500000)),
                form.category(),
                form.kind(),
                form.type(),
                person.name(),
                Integer.toString(person.born().year()),
                person.district(),
                person.commune(),
                Integer.toString(form.year()),
                Integer.toString(dpi),
                Integer.toString(page.image().getWidth()),
                Integer.toString(page.image().getHeight()),
                page.colour(),
                face.name(),
                String.format(Locale.ROOT, "%.1f", sheet.pointSize()),
                kind.equals("phone_photo") ? "phone-photo" : "default",
                page.tag(),
                Integer.toString(sheet.truth().size()),
                Long.toString(truth.codePoints().filter(c -> c != '\n').count()));
        return new GeneratedPage(id, kind, person.name(), row);
    }
}
