package vn.hoso.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemPageStoreTest extends PageStoreContract {

    @TempDir
    Path dataDir;

    Path root;

    @Override
    PageStore newEmptyStore() {
        root = dataDir.resolve("storage");
        return new FileSystemPageStore(root);
    }

    @Nested
    class OnDisk {

        @Test
        void objectIsAPlainFileAtItsKeyBelowTheRoot() throws IOException {
            byte[] master = tiffMasterWithEveryByteValue();
            store.put(MASTER, master, "image/tiff");
            assertThat(Files.readAllBytes(root.resolve(MASTER))).isEqualTo(master);
        }

        @Test
        void putLeavesNoTemporaryFileBehind() throws IOException {
            store.put(MASTER, new byte[] {1}, "image/tiff");
            store.put(MASTER, new byte[] {2}, "image/tiff");
            try (Stream<Path> files = Files.list(root.resolve(MASTER).getParent())) {
                assertThat(files).containsExactly(root.resolve(MASTER));
            }
        }

        @Test
        void refusedTraversalKeyWritesNothingOutsideTheRoot() throws IOException {
            assertThrows(IllegalArgumentException.class, () -> store.put("../escaped", new byte[] {1}, null));
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files).containsExactly(root);
            }
        }

        @Test
        void leftoverTemporaryAndForeignFilesAreNotListed() throws IOException {
            store.put(MANIFEST, new byte[] {1}, "application/json");
            Path folder = root.resolve(MANIFEST).getParent();
            Files.write(folder.resolve("~put-1234567890.tmp"), new byte[] {0});
            Files.write(folder.resolve("Ảnh quét.tif"), new byte[] {0});
            try (Stream<String> keys = store.list("")) {
                assertThat(keys).containsExactly(MANIFEST);
            }
        }

        @Test
        void objectsSurviveReopeningTheSameRoot() {
            store.put(MASTER, new byte[] {4, 2}, "image/tiff");
            PageStore reopened = new FileSystemPageStore(root);
            assertThat(reopened.get(MASTER)).containsExactly(4, 2);
        }

        @Test
        void keyBelowAnExistingObjectFailsAsAStorageFailure() {
            store.put("dossiers/A", new byte[] {1}, null);
            String below = "dossiers/A/manifest.json";
            StorageException failure =
                    assertThrows(StorageException.class, () -> store.put(below, new byte[] {1}, null));
            assertThat(failure).isNotInstanceOf(ObjectMissingException.class).hasMessageContaining(below);
        }

        @Test
        void rootThatIsAFileFailsAsAStorageFailure() throws IOException {
            Path file = Files.write(dataDir.resolve("not-a-folder"), new byte[] {1});
            assertThrows(StorageException.class, () -> new FileSystemPageStore(file));
        }
    }
}
