package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.access.Confidentiality;

/**
 * The acceptance set for relevance: requests of the kinds policy officers get, each with the dossier that must come
 * first, over the {@link FixtureArchive} as an officer without clearance sees it. Fails when fewer than
 * {@value #REQUIRED_PERCENT}% put the expected dossier first, and prints every miss with what came first instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTest {

    static final int REQUIRED_PERCENT = 95;
    static final int BACKGROUND_DOSSIERS = Integer.getInteger("relevance.background", 190);

    record Case(String kind, String query, String expected) {}

    static final List<Case> CASES = List.of(
            new Case("exact", "Nguyễn Văn Thương", "QT-LS-000102"),
            new Case("exact", "Nguyễn Văn Thưởng", "QT-TB-000103"),
            new Case("exact", "Nguyễn Văn Thường Hải Lăng", "QT-LS-000101"),
            new Case("exact", "Trần Thị Thúy", "HT-LS-000109"),
            new Case("exact", "Trần Thị Thùy", "TB-TB-000110"),
            new Case("exact", "Lê Thị Hỏa", "QB-BB-000106"),
            new Case("exact", "Nguyễn Văn Thường Vĩnh Linh", "QT-LS-000104"),
            new Case("no diacritics", "nguyen van thuong 1952", "QT-LS-000102"),
            new Case("no diacritics", "nguyen van thuong 1955", "QT-LS-000104"),
            new Case("no diacritics", "le thi hoa le thuy", "QB-LS-000105"),
            new Case("no diacritics", "tran thi thuy can loc", "HT-LS-000109"),
            new Case("no diacritics", "dang van duc quang dien", "TTH-LS-000113"),
            new Case("no diacritics", "pham van dong kien xuong", "TB-TB-000115"),
            new Case("no diacritics", "le van tam 1949", "QN-LS-000112"),
            new Case("no diacritics", "le van tam cam lo", "QT-LS-000111"),
            new Case("old tone style", "Lê Thị Hòa", "QB-LS-000105"),
            new Case("old tone style", "Trần Thị Thủy", "NA-LS-000108"),
            new Case("new tone style", "Lê Văn Hoà", "TTH-LS-000107"),
            new Case("old tone style", "Lê Văn Hòa Phong Điền", "TTH-LS-000107"),
            new Case("one typo", "Nguyen Van Thuongg 1948", "QT-LS-000101"),
            new Case("one typo", "Nguyễn Văn Thườg 1948", "QT-LS-000101"),
            new Case("one typo", "tran thi thuyy nam dan", "NA-LS-000108"),
            new Case("one typo", "Truong Cong Luyenn", "HT-LS-000118"),
            new Case("one typo", "huynh van nghai", "QN-KC-000117"),
            new Case("one typo", "Ngo Thi Mihn Khue", "ND-CD-000116"),
            new Case("one typo", "duong van phucc", "TTH-LS-000120"),
            new Case("one typo", "Dangg Van Duc", "TTH-LS-000113"),
            new Case("OCR-damaged page", "Khánh hy sinh tại Đắc Tô", "NA-LS-000119"),
            new Case("OCR-damaged page", "Đỗ Thị Dần", "NA-LS-000119"),
            new Case("OCR-damaged page", "Phạm Thị Lựu", "PY-LS-000124"),
            new Case("OCR-damaged page", "đại đội 552 ngầm Sen Thủy", "QB-LS-000105"),
            new Case("OCR-damaged page", "Lê Văn Cẩn", "QB-LS-000105"),
            new Case("fielded", "ho ten: nguyen van thuong nam sinh: 1955", "QT-LS-000104"),
            new Case("fielded", "họ tên: Lê Văn Tám, quê quán: Điện Bàn", "QN-LS-000112"),
            new Case("fielded", "ma: QT-TB-000103", "QT-TB-000103"),
            new Case("fielded", "ma: QN-LS-0001*", "QN-LS-000112"),
            new Case("fielded", "cccd: 046050001234", "TTH-LS-000113"),
            new Case("fielded", "cmnd: 151 234 567", "TB-TB-000115"),
            new Case("fielded", "so qd: 1234/QĐ-UBND", "QT-LS-000101"),
            new Case("fielded", "số QĐ: 567/QD-LDTBXH", "QT-TB-000103"),
            new Case("fielded", "loai: thuong binh ho ten: pham van dong", "TB-TB-000115"),
            new Case("fielded", "loai: ba me viet nam anh hung que quan: dien chau", "NA-BM-000114"),
            new Case("fielded", "van ban: giấy chứng nhận bị thương ho ten: cao thi hue", "ND-TB-000122"),
            new Case("fielded", "trang thai: dang duyet ho ten: duong van phuc", "TTH-LS-000120"),
            new Case("fielded", "nam sinh: 1944-1946 ho ten: le van hoa", "TTH-LS-000107"),
            new Case("fielded", "tinh: Quảng Bình, ho ten: mai xuan loc", "QB-LS-000121"),
            new Case("fielded", "ngay: 1971 Nam Lào", "QT-LS-000125"),
            new Case("other name", "Ba Nghĩa Duy Xuyên", "QN-KC-000117"),
            new Case("other name", "tu luyen", "HT-LS-000118"),
            new Case("other name", "Bảy Khiếu", "TTH-KC-000130"),
            new Case("phrase", "\"Thành cổ Quảng Trị\"", "QT-LS-000104"),
            new Case("phrase", "\"cổ thành Quảng Trị\"", "HT-LS-000126"),
            new Case("phrase", "\"đường 9 Nam Lào\"", "QT-LS-000125"),
            new Case("phrase", "\"điểm cao 544\" Thường", "QT-LS-000101"),
            new Case("phrase", "\"Tiểu đoàn 3\" Cồn Tiên", "QT-LS-000102"),
            new Case("page text", "Sư đoàn 320 Cồn Tiên 1968", "QT-LS-000102"),
            new Case("page text", "Truông Bồn thanh niên xung phong", "NA-LS-000108"),
            new Case("page text", "ngã ba Đồng Lộc", "HT-LS-000109"),
            new Case("page text", "Hoàng Thị Thường", "QT-LS-000129"));

    LuceneSearchIndex index;
    List<IndexedDossier> archive;

    @BeforeAll
    void indexTheFixtureArchive(@TempDir Path folder) {
        index = new LuceneSearchIndex(folder.resolve("index"));
        archive = FixtureArchive.dossiers(BACKGROUND_DOSSIERS);
        index.upsertAll(archive.stream());
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void theArchiveIsLargeEnoughAndTheSetCoversEveryKindOfRequest() {
        assertThat(index.search(Queries.clearedFor(Confidentiality.TOP_SECRET, ""))
                        .total())
                .isGreaterThanOrEqualTo(200);
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(CASES.stream().map(Case::kind).distinct())
                .contains("no diacritics", "old tone style", "one typo", "OCR-damaged page", "fielded", "phrase");
    }

    @Test
    void everyDossierIsFoundByItsNameAndHometownTypedWithoutDiacritics() {
        for (IndexedDossier dossier : archive) {
            String name =
                    FixturePages.withoutDiacritics(dossier.person().fullName()).toLowerCase();
            String commune = FixturePages.withoutDiacritics(dossier.hometown().commune());
            SearchQuery query = Queries.clearedFor(Confidentiality.TOP_SECRET, name + " que quan: " + commune)
                    .withFilters(SearchFilters.builder().code(dossier.code()).build());

            assertThat(Queries.codes(index.search(query))).as(name).containsExactly(dossier.code());
        }
    }

    @Test
    void expectedDossierIsFirstForAtLeastNinetyFivePercentOfQueries() {
        List<String> misses = new ArrayList<>();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Case c : CASES) {
            SearchResult result = index.search(Queries.uncleared(c.query()));
            List<String> codes = Queries.codes(result);
            boolean first = !codes.isEmpty() && codes.getFirst().equals(c.expected());
            int[] tally = byKind.computeIfAbsent(c.kind(), kind -> new int[2]);
            tally[0] += first ? 1 : 0;
            tally[1]++;
            if (!first) {
                misses.add("%-18s %-55s expected %s at rank %d; first %s"
                        .formatted(
                                c.kind(),
                                c.query(),
                                c.expected(),
                                codes.indexOf(c.expected()) + 1,
                                codes.isEmpty() ? "nothing" : codes.getFirst()));
            }
        }
        int firsts = CASES.size() - misses.size();
        double percent = 100.0 * firsts / CASES.size();
        System.out.printf(
                "relevance: %d of %d queries (%.1f%%) put the expected dossier first%n", firsts, CASES.size(), percent);
        byKind.forEach((kind, tally) -> System.out.printf("  %-18s %d/%d%n", kind, tally[0], tally[1]));
        misses.forEach(miss -> System.out.println("  MISS " + miss));
        assertThat(percent)
                .as("share of queries with the expected dossier first; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(REQUIRED_PERCENT);
    }
}
