package vn.hoso.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.bench.internal.GeneratedPage;

class DegradedSetTest {

    /** The columns of shared/samples/manifest.tsv, which the generated manifest keeps. */
    static final List<String> SAMPLE_COLUMNS = List.of(
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

    @TempDir
    static Path first;

    static List<DegradedSet.Page> pages;

    @BeforeAll
    static void generate() throws IOException {
        pages = DegradedSet.generate(first, 2, 11);
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path second) throws IOException {
        DegradedSet.generate(second, 2, 11);

        List<Path> files = files(first);
        assertThat(files(second)).isEqualTo(files);
        for (Path name : files) {
            assertThat(Files.readAllBytes(second.resolve(name)))
                    .as(name.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void anotherSeedWritesOtherPages(@TempDir Path other) throws IOException {
        List<DegradedSet.Page> others = DegradedSet.generate(other, 1, 12);

        assertThat(Files.readAllBytes(other.resolve(others.getFirst().id() + ".png")))
                .isNotEqualTo(Files.readAllBytes(first.resolve(pages.getFirst().id() + ".png")));
    }

    @Test
    void pagesCycleThroughTheKindsStartingClean() {
        assertThat(pages).extracting(DegradedSet.Page::kind).containsExactly("clean", "skew");
        assertThat(DegradedSet.kinds()).hasSize(11).contains("rot90", "rot180", "rot270", "phone_photo");
    }

    @Test
    void manifestHasTheSampleColumnsAndARowPerPage() throws IOException {
        List<String> lines = Files.readAllLines(first.resolve("manifest.tsv"), StandardCharsets.UTF_8);

        assertThat(List.of(lines.getFirst().split("\t"))).isEqualTo(SAMPLE_COLUMNS);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2))
                .startsWith(pages.get(1).id() + "\t" + pages.get(1).id() + ".png\t1\t1\t")
                .contains("\t" + pages.get(1).personName() + "\t")
                .containsPattern("\tskew=-?[0-3]\\.\\d\\d\t");
    }

    @Test
    void groundTruthNamesThePersonAsTheFormDoes() throws IOException {
        String truth = Files.readString(first.resolve(pages.getFirst().id() + ".gt.txt"), StandardCharsets.UTF_8);

        assertThat(truth).contains("Họ và tên: " + pages.getFirst().personName() + "\n");
        assertThat(pages.getFirst().personName()).matches("\\p{Lu}\\p{L}* .+ \\p{Lu}\\p{L}*");
    }

    @Test
    void rotatedPagesAreStoredTurned(@TempDir Path dir) throws IOException {
        GeneratedPage upright = GeneratedPage.write(dir, 5, 0);
        GeneratedPage quarter = GeneratedPage.write(dir, 5, 8);

        BufferedImage uprightImage =
                ImageIO.read(dir.resolve(upright.id() + ".png").toFile());
        BufferedImage quarterImage =
                ImageIO.read(dir.resolve(quarter.id() + ".png").toFile());
        assertThat(quarter.kind()).isEqualTo("rot90");
        assertThat(uprightImage.getHeight()).isGreaterThan(uprightImage.getWidth());
        assertThat(quarterImage.getWidth()).isGreaterThan(quarterImage.getHeight());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }
}
