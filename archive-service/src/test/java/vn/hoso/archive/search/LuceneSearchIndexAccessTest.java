package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.classified;
import static vn.hoso.archive.search.IndexedDossiers.martyr;
import static vn.hoso.archive.search.Queries.clearedFor;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.access.Confidentiality;

/** A dossier above the caller's clearance leaves no trace in a result: not in the count, hits, pages or snippets. */
class LuceneSearchIndexAccessTest {

    @TempDir
    Path folder;

    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(folder.resolve("index"));
        index.upsert(martyr("QT-LS-000001", "Nguyễn Văn Thường", "Giấy báo tử liệt sĩ Nguyễn Văn Thường"));
        index.upsert(classified("QT-LS-000002", "Nguyễn Văn Thường", Confidentiality.CONFIDENTIAL,
                "Báo cáo mật về trận đánh, Nguyễn Văn Thường chỉ huy"));
        index.upsert(classified("QT-LS-000003", "Nguyễn Văn Thường", Confidentiality.TOP_SECRET,
                "Nguyễn Văn Thường, nhiệm vụ đặc biệt"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void confidentialDossierIsAbsentFromTotalAndHitsForUnclassifiedClearance() {
        SearchResult result = index.search(uncleared("Nguyễn Văn Thường"));

        assertThat(result.total()).isEqualTo(1);
        assertThat(codes(result)).containsExactly("QT-LS-000001");
    }

    @Test
    void confidentialDossierIsFoundWithConfidentialClearance() {
        SearchResult result = index.search(clearedFor(Confidentiality.CONFIDENTIAL, "Nguyễn Văn Thường"));

        assertThat(result.total()).isEqualTo(2);
        assertThat(codes(result)).containsExactlyInAnyOrder("QT-LS-000001", "QT-LS-000002");
    }

    @Test
    void topClearanceSeesEveryLevel() {
        assertThat(index.search(clearedFor(Confidentiality.TOP_SECRET, "thuong")).total()).isEqualTo(3);
    }

    @Test
    void wordsOnlyInAClassifiedDossierFindNothingWithoutClearance() {
        SearchResult result = index.search(uncleared("\"báo cáo mật\""));

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void listingWithoutQueryHonoursClearance() {
        assertThat(codes(index.search(uncleared("")))).containsExactly("QT-LS-000001");
        assertThat(codes(index.search(clearedFor(Confidentiality.SECRET, " "))))
                .containsExactly("QT-LS-000001", "QT-LS-000002");
    }

    @Test
    void visibleHitCarriesNoSnippetFromAClassifiedDossier() {
        SearchResult result = index.search(uncleared("Thường"));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.pages()).containsExactly(1);
            assertThat(hit.snippets()).singleElement().asString().contains("Giấy báo tử");
        });
    }
}
