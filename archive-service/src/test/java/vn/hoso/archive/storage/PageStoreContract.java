package vn.hoso.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link PageStore} adapter must do, run once per adapter by a subclass that supplies a fresh, empty
 * store for each test.
 */
abstract class PageStoreContract {

    static final String MASTER = "dossiers/QT-LS-012345/pages/1/master.tif";
    static final String MANIFEST = "dossiers/QT-LS-012345/manifest.json";

    PageStore store;

    /** A new, empty store; the contract closes it after the test when it is {@link AutoCloseable}. */
    abstract PageStore newEmptyStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newEmptyStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Nested
    class Writing {

        @Test
        void binaryBytesComeBackExactlyAsPut() {
            byte[] master = tiffMasterWithEveryByteValue();
            store.put(MASTER, master, "image/tiff");
            assertThat(store.get(MASTER)).isEqualTo(master);
        }

        @Test
        void fileIsStreamedInByteForByteAndLeftInPlace(@TempDir Path scratch) throws Exception {
            byte[] master = tiffMasterWithEveryByteValue();
            Path file = scratch.resolve("scan.tif");
            java.nio.file.Files.write(file, master);

            store.put(MASTER, file, "image/tiff");

            assertThat(store.get(MASTER)).isEqualTo(master);
            assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(master);
        }

        @Test
        void putReplacesTheWholeEarlierObject() {
            store.put(MANIFEST, "{\"version\":1,\"pages\":[1,2,3,4]}".getBytes(), "application/json");
            store.put(MANIFEST, "{\"version\":2}".getBytes(), "application/json");
            assertThat(new String(store.get(MANIFEST))).isEqualTo("{\"version\":2}");
        }

        @Test
        void emptyObjectIsStoredAndReadBack() {
            store.put(MANIFEST, new byte[0], "application/json");
            assertThat(store.get(MANIFEST)).isEmpty();
            assertThat(store.exists(MANIFEST)).isTrue();
        }

        @Test
        void missingContentTypeIsAccepted() {
            store.put(MASTER, new byte[] {1, 2, 3}, null);
            assertThat(store.get(MASTER)).containsExactly(1, 2, 3);
        }

        @Test
        void concurrentReaderSeesWholeOldOrWholeNewObjectNeverAPart() throws Exception {
            byte[] older = filled(256 * 1024, (byte) 'a');
            byte[] newer = filled(192 * 1024, (byte) 'b');
            store.put(MASTER, older, "image/tiff");
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 30; i++) {
                    store.put(MASTER, i % 2 == 0 ? newer : older, "image/tiff");
                }
            });
            int reads = 0;
            while (!writer.isDone() || reads == 0) {
                byte[] seen = store.get(MASTER);
                assertThat(Arrays.equals(seen, older) || Arrays.equals(seen, newer))
                        .as("read %d saw %d bytes, neither whole object", reads, seen.length)
                        .isTrue();
                reads++;
            }
            writer.get();
        }
    }

    @Nested
    class Reading {

        @Test
        void getOfMissingKeyThrowsObjectMissing() {
            ObjectMissingException missing = assertThrows(ObjectMissingException.class, () -> store.get(MASTER));
            assertThat(missing).hasMessageContaining(MASTER);
        }

        @Test
        void openOfMissingKeyThrowsObjectMissing() {
            assertThrows(ObjectMissingException.class, () -> store.open(MASTER));
        }

        @Test
        void prefixOfStoredKeysIsNotItselfAnObject() {
            store.put(MANIFEST, new byte[] {1}, "application/json");
            assertAll(
                    () -> assertThat(store.exists("dossiers/QT-LS-012345")).isFalse(),
                    () -> assertThrows(ObjectMissingException.class, () -> store.get("dossiers/QT-LS-012345")),
                    () -> assertThrows(ObjectMissingException.class, () -> store.open("dossiers/QT-LS-012345")));
        }

        @Test
        void existsTellsStoredFromMissingKeys() {
            store.put(MASTER, new byte[] {1}, "image/tiff");
            assertThat(store.exists(MASTER)).isTrue();
            assertThat(store.exists(MANIFEST)).isFalse();
        }

        @Test
        void largeObjectStreamsThroughOpenWithoutCorruption() throws Exception {
            byte[] scan = randomBytes(8 * 1024 * 1024, 20_240_501L);
            store.put(MASTER, scan, "image/tiff");
            MessageDigest streamed = sha256();
            long length;
            try (InputStream in = new DigestInputStream(store.open(MASTER), streamed)) {
                length = in.transferTo(OutputStream.nullOutputStream());
            }
            assertThat(length).isEqualTo(scan.length);
            assertThat(hex(streamed.digest())).isEqualTo(hex(sha256().digest(scan)));
        }
    }

    @Nested
    class Deleting {

        @Test
        void deletedObjectIsGone() {
            store.put(MASTER, new byte[] {1}, "image/tiff");
            store.delete(MASTER);
            assertThat(store.exists(MASTER)).isFalse();
            assertThrows(ObjectMissingException.class, () -> store.get(MASTER));
        }

        @Test
        void deletingMissingKeyIsNotAnError() {
            store.delete(MASTER);
            store.delete(MASTER);
            assertThat(store.exists(MASTER)).isFalse();
        }

        @Test
        void deletingOneObjectLeavesItsNeighbours() {
            store.put(MASTER, new byte[] {1}, "image/tiff");
            store.put(MANIFEST, new byte[] {2}, "application/json");
            store.delete(MASTER);
            assertThat(store.get(MANIFEST)).containsExactly(2);
        }
    }

    @Nested
    class Listing {

        @BeforeEach
        void storeTwoDossiersWithSimilarCodes() {
            for (String key : List.of(
                    "dossiers/AB/manifest.json",
                    "dossiers/A/pages/2/master.tif",
                    "dossiers/A/manifest.json",
                    "dossiers/A/pages/10/master.tif",
                    "dossiers/A/pages/1/master.tif",
                    "dossiers/A-1/manifest.json")) {
                store.put(key, key.getBytes(), "application/octet-stream");
            }
        }

        @Test
        void folderPrefixListsOnlyThatDossierInLexicographicOrder() {
            assertThat(keys("dossiers/A/"))
                    .containsExactly(
                            "dossiers/A/manifest.json",
                            "dossiers/A/pages/1/master.tif",
                            "dossiers/A/pages/10/master.tif",
                            "dossiers/A/pages/2/master.tif");
        }

        @Test
        void partialSegmentPrefixMatchesEverySiblingStartingWithIt() {
            assertThat(keys("dossiers/A"))
                    .containsExactly(
                            "dossiers/A-1/manifest.json",
                            "dossiers/A/manifest.json",
                            "dossiers/A/pages/1/master.tif",
                            "dossiers/A/pages/10/master.tif",
                            "dossiers/A/pages/2/master.tif",
                            "dossiers/AB/manifest.json");
        }

        @Test
        void emptyPrefixListsEveryKey() {
            assertThat(keys("")).hasSize(6).isSorted();
        }

        @Test
        void prefixWithoutObjectsListsNothing() {
            assertThat(keys("dossiers/QT-LS-999999/")).isEmpty();
            assertThat(keys("nothing-here")).isEmpty();
        }

        @Test
        void deletedKeyIsNoLongerListed() {
            store.delete("dossiers/A/manifest.json");
            assertThat(keys("dossiers/A/"))
                    .doesNotContain("dossiers/A/manifest.json")
                    .hasSize(3);
        }

        private List<String> keys(String prefix) {
            try (Stream<String> keys = store.list(prefix)) {
                return keys.toList();
            }
        }
    }

    @Nested
    class Keys {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "../../x",
                    "../x",
                    "a/../../x",
                    "a//b",
                    "/abs",
                    "/",
                    "a/./b",
                    "./a",
                    "a/.",
                    "a/",
                    "a\\b",
                    "..\\x",
                    "",
                    "a b",
                    "a/b?c",
                    "a:b"
                })
        void keyThatCouldEscapeOrMeanTwoThingsIsRefusedByEveryOperation(String key) {
            assertAll(
                    () -> assertThrows(IllegalArgumentException.class, () -> store.put(key, new byte[] {1}, null)),
                    () -> assertThrows(IllegalArgumentException.class, () -> store.get(key)),
                    () -> assertThrows(IllegalArgumentException.class, () -> store.open(key)),
                    () -> assertThrows(IllegalArgumentException.class, () -> store.exists(key)),
                    () -> assertThrows(IllegalArgumentException.class, () -> store.delete(key)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"dossiers/Liệt-sĩ/manifest.json", "dossiers/QT‐LS/manifest.json", "hồ-sơ"})
        void nonAsciiKeyIsRefused(String key) {
            assertThrows(IllegalArgumentException.class, () -> store.put(key, new byte[] {1}, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"../", "/dossiers/", "dossiers//", "dossiers/../", "dossiers\\"})
        void prefixThatCouldEscapeIsRefused(String prefix) {
            assertThrows(IllegalArgumentException.class, () -> store.list(prefix));
        }

        @Test
        void keyOfTheLongestAllowedLengthIsStored() {
            String key = String.join("/", Collections.nCopies(5, "s".repeat(200))) + "/" + "m".repeat(15) + ".bin";
            assertThat(key).hasSize(StorageKeys.MAX_KEY_LENGTH);
            store.put(key, new byte[] {7}, null);
            assertThat(store.get(key)).containsExactly(7);
        }

        @Test
        void keyLongerThanTheS3LimitIsRefused() {
            String key = "a/".repeat(StorageKeys.MAX_KEY_LENGTH / 2) + "b";
            assertThrows(IllegalArgumentException.class, () -> store.put(key, new byte[] {1}, null));
        }

        @Test
        void everyPermittedCharacterIsStored() {
            String key = "AZaz09._-/x.y_z-1";
            store.put(key, new byte[] {9}, null);
            assertThat(store.get(key)).containsExactly(9);
        }
    }

    /** A TIFF header followed by all 256 byte values twice: no byte may be altered by an encoding on the way. */
    static byte[] tiffMasterWithEveryByteValue() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0});
        for (int round = 0; round < 2; round++) {
            for (int value = 0; value < 256; value++) {
                bytes.write(value);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
