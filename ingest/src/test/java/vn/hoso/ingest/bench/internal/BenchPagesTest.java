package vn.hoso.ingest.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.TestFiles;
import vn.hoso.ingest.TestPages;
import vn.hoso.ingest.bench.DegradedSet;

class BenchPagesTest {

    @Nested
    class WithAManifest {

        @TempDir
        static Path set;

        static List<DegradedSet.Page> generated;

        @BeforeAll
        static void generate() throws IOException {
            generated = DegradedSet.generate(set, 2, 3);
        }

        @Test
        void everyManifestRowIsAPageOfItsFileWithItsKindsPersonAndDpi() throws IOException {
            List<BenchPage> pages = BenchPages.read(set);

            assertThat(pages)
                    .extracting(BenchPage::id)
                    .containsExactly(generated.get(0).id(), generated.get(1).id());
            BenchPage skewed = pages.get(1);
            assertThat(skewed.file()).isEqualTo(set.resolve(generated.get(1).id() + ".png"));
            assertThat(skewed.pageIndex()).isZero();
            assertThat(skewed.kinds()).containsExactly("skew");
            assertThat(skewed.personName()).isEqualTo(generated.get(1).personName());
            assertThat(skewed.dpi()).isIn(200, 250, 300);
            assertThat(skewed.groundTruths().getFirst()).contains("Họ và tên: " + skewed.personName());
            assertThat(pages.get(0).clean()).isTrue();
            assertThat(skewed.degraded()).isTrue();
        }

        @Test
        void rowWhoseImageIsMissingIsRefused(@TempDir Path copy) throws IOException {
            Files.copy(set.resolve("manifest.tsv"), copy.resolve("manifest.tsv"));

            assertThatThrownBy(() -> BenchPages.read(copy))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(generated.get(0).id());
        }
    }

    @Nested
    class WithoutAManifest {

        @Test
        void pagesOfAMultiPageTiffAreFoundByTheirPageNumber(@TempDir Path dir) throws IOException {
            byte[] tiff = TestFiles.tiff(
                    List.of(TestPages.strip(List.of("Trang một")), TestPages.strip(List.of("Trang hai"))),
                    List.of("LZW", "LZW"));
            Files.write(dir.resolve("QT-LS-000001.tif"), tiff);
            Files.writeString(dir.resolve("QT-LS-000001_p1.gt.txt"), "Trang một\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("QT-LS-000001_p2.gt.txt"), "Trang hai\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("QT-LS-000001_p2.gt.visual.txt"), "Trang  hai\n", StandardCharsets.UTF_8);

            List<BenchPage> pages = BenchPages.read(dir);

            assertThat(pages).extracting(BenchPage::pageIndex).containsExactly(0, 1);
            assertThat(pages).extracting(BenchPage::file).containsOnly(dir.resolve("QT-LS-000001.tif"));
            assertThat(pages.get(1).groundTruths()).containsExactly("Trang hai\n", "Trang  hai\n");
            assertThat(pages.get(1).kinds()).isEmpty();
            assertThat(pages.get(1).clean() || pages.get(1).degraded()).isFalse();
        }

        @Test
        void groundTruthWithoutAnImageIsRefusedByName(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("QT-TB-000002_p1.gt.txt"), "Giấy chứng nhận", StandardCharsets.UTF_8);

            assertThatThrownBy(() -> BenchPages.read(dir))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("QT-TB-000002_p1.gt.txt");
        }

        @Test
        void folderWithoutGroundTruthIsRefused(@TempDir Path dir) {
            assertThatThrownBy(() -> BenchPages.read(dir)).hasMessageContaining("no page");
        }
    }

    @Test
    void manifestWithoutAPageIdColumnIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.tsv"), "file\tpage\na.png\t1\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BenchPages.read(dir)).hasMessageContaining("'page_id'");
    }

    @Test
    void degradationKindsDropTheirParameters() {
        assertThat(BenchPages.kinds("dot_leaders,skew=0.65, yellowed,faded=0.38,skew=1"))
                .containsExactly("dot_leaders", "skew", "yellowed", "faded");
    }
}
