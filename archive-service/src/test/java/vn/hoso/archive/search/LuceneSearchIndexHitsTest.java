package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which recognised words of a page to box on the image for a query. */
class LuceneSearchIndexHitsTest extends OnDiskIndex {

    /** The OCR words of a death notice, one line per row of boxes; "THUÒNG" is OCR's misreading of "THƯỜNG". */
    static final List<PageWord> DEATH_NOTICE = List.of(
            new PageWord("Đồng", 100, 200, 60, 30),
            new PageWord("chí:", 170, 200, 50, 30),
            new PageWord("NGUYỄN", 230, 200, 110, 30),
            new PageWord("VĂN", 350, 200, 60, 30),
            new PageWord("THUÒNG", 420, 200, 110, 30),
            new PageWord("Số:", 100, 260, 40, 30),
            new PageWord("1234/QĐ-UBND", 150, 260, 200, 30),
            new PageWord("hy", 100, 320, 30, 30),
            new PageWord("sinh", 140, 320, 60, 30),
            new PageWord("tại", 210, 320, 40, 30),
            new PageWord("Cồn", 260, 320, 50, 30),
            new PageWord("Tiên", 320, 320, 60, 30));

    @BeforeEach
    void seed() {
        index.upsert(described("QT-LS-000001", "Nguyễn Văn Thường").build());
    }

    private List<String> boxed(String typed) {
        return index.matchingWords("QT-LS-000001", uncleared(typed), DEATH_NOTICE).stream()
                .map(PageWord::text)
                .toList();
    }

    @Test
    void wordsComeBackWithTheirBoxesInPageOrder() {
        assertThat(index.matchingWords("QT-LS-000001", uncleared("tiên hy"), DEATH_NOTICE))
                .containsExactly(new PageWord("hy", 100, 320, 30, 30), new PageWord("Tiên", 320, 320, 60, 30));
    }

    @Test
    void queryWithoutDiacriticsMarksMisreadAccentedWords() {
        assertThat(boxed("nguyen van thuong")).containsExactly("NGUYỄN", "VĂN", "THUÒNG");
    }

    @Test
    void phraseMarksOnlyWhereItsWordsFollowEachOther() {
        assertThat(boxed("\"sinh tại\"")).containsExactly("sinh", "tại");
        assertThat(boxed("\"tại sinh\"")).isEmpty();
    }

    @Test
    void fieldValuesAreMarkedToo() {
        assertThat(boxed("ho ten: Nguyễn Văn Thường")).containsExactly("NGUYỄN", "VĂN", "THUÒNG");
        assertThat(boxed("so qd: 1234/QĐ-UBND")).containsExactly("1234/QĐ-UBND");
    }

    @Test
    void nameTypedWithATypoMarksTheNameAsWritten() {
        assertThat(boxed("Nguyen Van Thuongg")).containsExactly("NGUYỄN", "VĂN", "THUÒNG");
    }

    @Test
    void dossierThatIsNotIndexedMarksNothing() {
        assertThat(index.matchingWords("QT-LS-999999", uncleared("hy sinh"), DEATH_NOTICE))
                .isEmpty();
    }
}
