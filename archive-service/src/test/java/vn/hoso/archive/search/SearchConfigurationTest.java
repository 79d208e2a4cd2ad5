package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void indexIsCreatedInTheIndexFolderUnderTheDataDirectory() {
        try (SearchIndex index = new SearchConfiguration().searchIndex(dataDir)) {
            index.upsert(IndexedDossiers.martyr("QT-LS-000001", "Lê Văn Tám"));

            assertThat(dataDir.resolve("index")).isDirectory();
            assertThat(Files.exists(dataDir.resolve("index").resolve("write.lock")))
                    .isTrue();
        }
    }
}
