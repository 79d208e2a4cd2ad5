package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.described;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One typo is forgiven in folded names only, and ranks below every real match. */
class LuceneSearchIndexTypoTest extends OnDiskIndex {

    private List<String> found(String typed) {
        return codes(index.search(uncleared(typed)));
    }

    @Test
    void nameWithOneTypoIsFound() {
        index.upsert(described("QT-LS-000001", "Trương Công Luyện").build());

        assertThat(found("Truong Cong Luyenn")).containsExactly("QT-LS-000001");
        assertThat(found("ho ten: truong cogn luyen")).containsExactly("QT-LS-000001");
    }

    @Test
    void typoMatchRanksBelowExactAndDiacriticFreeMatches() {
        index.upsert(described("QT-LS-000001", "Lê Văn Luyệt").build());
        index.upsert(described("QT-LS-000002", "Lê Văn Luyến").build());
        index.upsert(described("QT-LS-000003", "Lê Văn Luyện").build());

        SearchResult result = index.search(uncleared("Lê Văn Luyện"));

        assertThat(codes(result)).containsExactly("QT-LS-000003", "QT-LS-000002", "QT-LS-000001");
        assertThat(result.hits().get(1).score())
                .isGreaterThan(result.hits().get(2).score());
    }

    @Test
    void twoTyposOrAWrongFirstLetterFindNothing() {
        index.upsert(described("QT-LS-000001", "Trương Công Luyện").build());

        assertThat(found("Luyennn")).isEmpty();
        assertThat(found("Kuyen")).isEmpty();
    }

    @Test
    void wordsShorterThanFourLettersHaveNoTypoTolerance() {
        index.upsert(described("QT-LS-000001", "Lê Văn Tám").build());

        assertThat(found("Lê Văn Tâp")).isEmpty();
        assertThat(found("Lê Văn Tám")).containsExactly("QT-LS-000001");
    }

    @Test
    void pageTextHasNoTypoTolerance() {
        index.upsert(described("QT-LS-000001", "Lê Văn Tám")
                .page("hy sinh tại Truông Bồn")
                .build());

        assertThat(found("Truongg")).isEmpty();
        assertThat(found("Truông")).containsExactly("QT-LS-000001");
    }

    @Test
    void codesAndNumbersHaveNoTypoTolerance() {
        index.upsert(described("QT-LS-012345", "Lê Văn Tám")
                .citizenId("045048001234")
                .decisionNumbers(List.of("1234/QĐ-UBND"))
                .build());

        assertThat(found("QT-LS-012346")).isEmpty();
        assertThat(found("045048001235")).isEmpty();
        assertThat(found("1235/QĐ-UBND")).isEmpty();
    }
}
