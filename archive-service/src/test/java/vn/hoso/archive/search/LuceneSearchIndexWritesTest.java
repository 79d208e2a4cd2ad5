package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hoso.archive.search.IndexedDossiers.martyr;
import static vn.hoso.archive.search.IndexedDossiers.withPages;
import static vn.hoso.archive.search.IndexedDossiers.withVersion;
import static vn.hoso.archive.search.Queries.codes;
import static vn.hoso.archive.search.Queries.uncleared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.search.internal.IndexSchema;

/** Upsert, delete and clear: what a write changes, and that it lasts. */
class LuceneSearchIndexWritesTest extends OnDiskIndex {

    @Nested
    class Replacing {

        @Test
        void upsertReplacesTheOldText() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "bản khai lần đầu"));
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "bản khai đã đính chính"));

            assertThat(index.search(uncleared("\"lần đầu\"")).total()).isZero();
            assertThat(index.search(uncleared("đính chính")).total()).isEqualTo(1);
            assertThat(index.search(uncleared("Tám")).total()).isEqualTo(1);
        }

        @Test
        void upsertWithFewerPagesForgetsTheDroppedPages() {
            IndexedDossier three = martyr("QT-LS-000001", "Lê Văn Tám", "giấy báo tử", "giấy báo tử", "giấy báo tử");
            index.upsert(three);
            index.upsert(withPages(three, List.of(new IndexedPage(2, "giấy báo tử"))));

            assertThat(index.search(uncleared("giấy báo tử")).hits().getFirst().pages())
                    .containsExactly(2);
        }

        @Test
        void deleteRemovesTheDossierAndItsPages() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "giấy báo tử"));
            index.upsert(martyr("QT-LS-000002", "Lê Văn Bảy", "giấy báo tử"));

            index.delete("QT-LS-000001");

            assertThat(codes(index.search(uncleared("giấy báo tử")))).containsExactly("QT-LS-000002");
            assertThat(index.indexedVersions()).containsOnlyKeys("QT-LS-000002");
        }

        @Test
        void deletingACodeThatIsNotIndexedIsHarmless() {
            index.delete("QT-LS-999999");

            assertThat(index.indexedVersions()).isEmpty();
        }

        @Test
        void clearRemovesEveryDossier() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám"));
            index.upsert(martyr("QT-LS-000002", "Lê Văn Bảy"));

            index.clear();

            assertThat(index.search(uncleared("")).total()).isZero();
            assertThat(index.indexedVersions()).isEmpty();
        }
    }

    @Nested
    class Streams {

        @Test
        void upsertAllIndexesEveryDossierOfTheStreamAndCountsThem() {
            long written = index.upsertAll(IntStream.rangeClosed(1, 250)
                    .mapToObj(i -> martyr("QT-LS-%06d".formatted(i), "Lê Văn Tám", "giấy báo tử số " + i)));

            assertThat(written).isEqualTo(250);
            assertThat(index.search(uncleared("Tám")).total()).isEqualTo(250);
            assertThat(codes(index.search(uncleared("\"số 137\"")))).containsExactly("QT-LS-000137");
        }

        @Test
        void upsertAllReplacesWhatIsIndexedUnderTheSameCode() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "bản khai lần đầu"));

            index.upsertAll(Stream.of(withVersion(martyr("QT-LS-000001", "Lê Văn Tám", "bản khai đã đính chính"), 2)));

            assertThat(index.search(uncleared("\"lần đầu\"")).total()).isZero();
            assertThat(index.indexedVersions()).isEqualTo(Map.of("QT-LS-000001", 2L));
        }

        @Test
        void upsertAllIsDurableWhenItReturns() throws Exception {
            index.upsertAll(Stream.of(martyr("QT-LS-000001", "Lê Văn Tám", "trang 1")));

            try (FSDirectory directory = FSDirectory.open(folder.resolve("index"));
                    DirectoryReader committed = DirectoryReader.open(directory)) {
                assertThat(committed.numDocs()).isEqualTo(2);
            }
        }
    }

    @Nested
    class Versions {

        @Test
        void indexedVersionsMapsEachCodeToItsLatestManifestVersion() {
            index.upsert(withVersion(martyr("QT-LS-000001", "Lê Văn Tám", "trang 1", "trang 2"), 3));
            index.upsert(withVersion(martyr("QT-LS-000002", "Lê Văn Bảy"), 1));
            index.upsert(withVersion(martyr("QT-LS-000002", "Lê Văn Bảy"), 2));

            assertThat(index.indexedVersions()).isEqualTo(Map.of("QT-LS-000001", 3L, "QT-LS-000002", 2L));
        }

        @Test
        void dossierWrittenUnderAnOlderSchemaGenerationReportsNoVersionSoStartUpReindexesIt() throws Exception {
            index.upsert(withVersion(martyr("QT-LS-000001", "Lê Văn Tám", "giấy báo tử"), 3));
            index.upsert(withVersion(martyr("QT-LS-000002", "Lê Văn Bảy", "giấy báo tử"), 5));
            index.close();
            try (FSDirectory directory = FSDirectory.open(folder.resolve("index"));
                    IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.updateNumericDocValue(
                        IndexSchema.codeTerm("QT-LS-000001"), IndexSchema.SCHEMA, IndexSchema.GENERATION - 1);
            }

            index = new LuceneSearchIndex(folder.resolve("index"));

            assertThat(index.indexedVersions()).isEqualTo(Map.of("QT-LS-000001", -1L, "QT-LS-000002", 5L));
        }
    }

    @Nested
    class Durability {

        @Test
        void indexSurvivesCloseAndReopen() {
            index.upsert(withVersion(martyr("QT-LS-000001", "Nguyễn Văn Thường", "giấy báo tử"), 4));
            index.close();

            index = new LuceneSearchIndex(folder.resolve("index"));

            assertThat(codes(index.search(uncleared("nguyen van thuong")))).containsExactly("QT-LS-000001");
            assertThat(index.indexedVersions()).isEqualTo(Map.of("QT-LS-000001", 4L));
        }

        @Test
        void acknowledgedUpsertIsCommittedBeforeTheIndexCloses() throws Exception {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám", "trang 1", "trang 2"));

            try (FSDirectory directory = FSDirectory.open(folder.resolve("index"));
                    DirectoryReader committed = DirectoryReader.open(directory)) {
                assertThat(committed.numDocs()).isEqualTo(3);
            }
        }

        @Test
        void secondIndexOnTheSameFolderFailsWithSearchIndexException() {
            assertThrows(SearchIndexException.class, () -> new LuceneSearchIndex(folder.resolve("index")));
        }

        @Test
        void closeReleasesTheFolderAndASecondCloseIsHarmless() {
            index.upsert(martyr("QT-LS-000001", "Lê Văn Tám"));
            index.close();
            index.close();

            index = new LuceneSearchIndex(folder.resolve("index"));

            assertThat(index.indexedVersions()).containsOnlyKeys("QT-LS-000001");
        }

        @Test
        void searchesRunWhileDossiersAreWritten() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> writes = pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        index.upsert(martyr("QT-LS-%06d".formatted(i), "Lê Văn Tám", "giấy báo tử"));
                    }
                });
                Future<?> reads = pool.submit(() -> {
                    while (!writes.isDone()) {
                        assertThat(index.search(uncleared("báo tử")).total()).isBetween(0L, 20L);
                    }
                });
                writes.get();
                reads.get();
            } finally {
                pool.shutdown();
            }
            assertThat(index.search(uncleared("báo tử")).total()).isEqualTo(20);
        }
    }
}
