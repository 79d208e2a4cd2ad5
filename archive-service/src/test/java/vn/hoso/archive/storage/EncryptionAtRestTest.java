package vn.hoso.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.archive.TestKeystore;
import vn.hoso.archive.storage.internal.Envelopes;
import vn.hoso.archive.storage.internal.MasterKeys;

/**
 * Encryption at rest over the folder store, read back behind the decorator's back: what lies on disk, what happens
 * when those bytes change, and which master key opens them.
 */
class EncryptionAtRestTest {

    static final int SEGMENT = 1024;
    static final String VIEW = "dossiers/QT-LS-000001/pages/1/view.jpg";
    static final String OTHER_VIEW = "dossiers/QT-LS-000001/pages/2/view.jpg";
    static final String REPORT = "fixity/reports/20261122T140300Z.json";
    static final char[] PASSWORD = TestKeystore.PASSWORD.toCharArray();

    @TempDir
    static Path keys;

    static Path keystoreA;
    static Path keystoreB;
    static Path rotated;

    @TempDir
    Path root;

    FileSystemPageStore disk;
    EncryptingPageStore store;

    @BeforeAll
    static void makeKeystores() {
        keystoreA = TestKeystore.create(keys.resolve("a.p12"), "master-2026");
        keystoreB = TestKeystore.create(keys.resolve("b.p12"), "master-2026");
        rotated = TestKeystore.create(keys.resolve("rotated.p12"), "master-2026", "master-2027");
    }

    @BeforeEach
    void openStore() {
        disk = new FileSystemPageStore(root);
        store = encrypting(MasterKeys.load(keystoreA, PASSWORD, "master-2026"));
    }

    EncryptingPageStore encrypting(MasterKeys masterKeys) {
        return new EncryptingPageStore(disk, new Envelopes(masterKeys, SEGMENT), List.of("dossiers/"));
    }

    byte[] onDisk(String key) throws IOException {
        return Files.readAllBytes(root.resolve(key));
    }

    static byte[] content(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        return bytes;
    }

    @Nested
    class OnDisk {

        @ParameterizedTest
        @ValueSource(ints = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 17})
        void contentOfEverySizeAroundSegmentBoundariesComesBackExactly(int length) {
            byte[] plain = content(length);
            store.put(VIEW, plain, "image/jpeg");
            assertThat(store.get(VIEW)).isEqualTo(plain);
        }

        @Test
        void storedBytesHoldNeitherTheImageSignatureNorTheText() throws IOException {
            byte[] text = "Họ và tên: Trần Thị Mật, quê quán Hải Lăng".getBytes(StandardCharsets.UTF_8);
            store.put(VIEW, text, "text/plain");

            byte[] raw = onDisk(VIEW);

            assertThat(indexOf(raw, "Trần Thị Mật".getBytes(StandardCharsets.UTF_8)))
                    .isNegative();
            assertThat(indexOf(raw, "Hải Lăng".getBytes(StandardCharsets.UTF_8)))
                    .isNegative();
            assertThat(raw.length).isEqualTo(text.length + 16 + headerLength("master-2026"));
        }

        @Test
        void sameContentTwiceIsStoredAsDifferentBytes() throws IOException {
            store.put(VIEW, content(5000), "image/jpeg");
            store.put(OTHER_VIEW, content(5000), "image/jpeg");
            assertThat(onDisk(VIEW)).isNotEqualTo(onDisk(OTHER_VIEW));
        }

        @Test
        void keysOutsideTheCoveredPrefixesAreStoredAsGiven() throws IOException {
            byte[] report = "{\"checked\":3}".getBytes(StandardCharsets.UTF_8);
            store.put(REPORT, report, "application/json");
            assertThat(onDisk(REPORT)).isEqualTo(report);
        }

        @Test
        void largeFileIsEncryptedStreamingAndReadBackSegmentBySegment(@TempDir Path scratch) throws IOException {
            byte[] master = content(40 * SEGMENT + 5);
            Path file = Files.write(scratch.resolve("scan.tif"), master);

            store.put(VIEW, file, "image/tiff");

            ByteArrayOutputStream read = new ByteArrayOutputStream();
            try (InputStream in = store.open(VIEW)) {
                byte[] small = new byte[333];
                for (int n; (n = in.read(small)) >= 0; ) {
                    read.write(small, 0, n);
                }
            }
            assertThat(read.toByteArray()).isEqualTo(master);
            assertThat(indexOf(onDisk(VIEW), Arrays.copyOfRange(master, 5000, 5032)))
                    .isNegative();
        }
    }

    @Nested
    class Tampering {

        @ParameterizedTest
        @ValueSource(ints = {5, 20, 60, 65, 80, 500, 1500, 2200, -1})
        void oneChangedByteAnywhereFailsWithAnIntegrityErrorNeverOtherBytes(int position) throws IOException {
            store.put(VIEW, content(2 * SEGMENT + 100), "image/jpeg");
            byte[] raw = onDisk(VIEW);
            int at = position < 0 ? raw.length - 1 : position;
            raw[at] ^= 0x01;
            Files.write(root.resolve(VIEW), raw);

            assertThrows(StorageIntegrityException.class, () -> store.get(VIEW));
        }

        @Test
        void streamedReadStopsAtTheAlteredSegmentHavingServedOnlyVerifiedBytes() throws IOException {
            byte[] plain = content(5 * SEGMENT);
            store.put(VIEW, plain, "image/jpeg");
            byte[] raw = onDisk(VIEW);
            int thirdSegment = headerLength("master-2026") + 2 * (SEGMENT + 16) + 10;
            raw[thirdSegment] ^= 0x40;
            Files.write(root.resolve(VIEW), raw);

            ByteArrayOutputStream served = new ByteArrayOutputStream();
            try (InputStream in = store.open(VIEW)) {
                StorageIntegrityException failure =
                        assertThrows(StorageIntegrityException.class, () -> in.transferTo(served));
                assertThat(failure).hasMessageContaining(VIEW).hasMessageContaining("segment 2");
            }
            assertThat(served.toByteArray()).isEqualTo(Arrays.copyOf(plain, 2 * SEGMENT));
        }

        @Test
        void objectCutAtASegmentBoundaryFails() throws IOException {
            store.put(VIEW, content(3 * SEGMENT), "image/jpeg");
            byte[] raw = onDisk(VIEW);
            Files.write(root.resolve(VIEW), Arrays.copyOf(raw, raw.length - (SEGMENT + 16)));

            assertThrows(StorageIntegrityException.class, () -> store.get(VIEW));
        }

        @Test
        void objectCopiedOverAnotherKeyFails() throws IOException {
            store.put(VIEW, content(100), "image/jpeg");
            store.put(OTHER_VIEW, content(200), "image/jpeg");
            Files.copy(root.resolve(VIEW), root.resolve(OTHER_VIEW), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThrows(StorageIntegrityException.class, () -> store.get(OTHER_VIEW));
        }

        @Test
        void plainObjectUnderACoveredPrefixIsRefused() {
            disk.put(VIEW, content(100), "image/jpeg");

            StorageIntegrityException failure = assertThrows(StorageIntegrityException.class, () -> store.get(VIEW));
            assertThat(failure).hasMessageContaining("does not start with the encryption header");
        }
    }

    @Nested
    class MasterKeysFromTheKeystore {

        @Test
        void aDifferentKeyUnderTheSameAliasFailsTheReadNamingTheKey() {
            store.put(VIEW, content(100), "image/jpeg");
            EncryptingPageStore wrong = encrypting(MasterKeys.load(keystoreB, PASSWORD, "master-2026"));

            StorageIntegrityException failure = assertThrows(StorageIntegrityException.class, () -> wrong.get(VIEW));
            assertThat(failure).hasMessageContaining("does not unwrap with master key 'master-2026'");
        }

        @Test
        void aDifferentKeyStopsStartUpAtTheKeyCheck() {
            store.verifyMasterKey("master-2026");
            EncryptingPageStore wrong = encrypting(MasterKeys.load(keystoreB, PASSWORD, "master-2026"));

            IllegalStateException failure =
                    assertThrows(IllegalStateException.class, () -> wrong.verifyMasterKey("master-2026"));
            assertThat(failure).hasMessageContaining("not the one this store was encrypted with");
        }

        @Test
        void theRightKeyPassesTheKeyCheckAgain() {
            store.verifyMasterKey("master-2026");
            encrypting(MasterKeys.load(keystoreA, PASSWORD, "master-2026")).verifyMasterKey("master-2026");
            assertThat(disk.exists(EncryptingPageStore.KEY_CHECK_PREFIX + "master-2026"))
                    .isTrue();
        }

        @Test
        void afterRotationOldObjectsStillOpenAndNewOnesUseTheNewKey() throws IOException {
            EncryptingPageStore before = encrypting(MasterKeys.load(rotated, PASSWORD, "master-2026"));
            before.put(VIEW, content(300), "image/jpeg");
            EncryptingPageStore after = encrypting(MasterKeys.load(rotated, PASSWORD, "master-2027"));

            after.put(OTHER_VIEW, content(400), "image/jpeg");

            assertThat(after.get(VIEW)).isEqualTo(content(300));
            assertThat(indexOf(onDisk(OTHER_VIEW), "master-2027".getBytes(StandardCharsets.UTF_8)))
                    .isPositive();
        }

        @Test
        void wrongKeystorePasswordStopsLoadingNamingTheFile() {
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> MasterKeys.load(keystoreA, "not-the-password".toCharArray(), "master-2026"));
            assertThat(failure).hasMessageContaining(keystoreA.toString());
        }

        @Test
        void aliasMissingFromTheKeystoreStopsLoading() {
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class, () -> MasterKeys.load(keystoreA, PASSWORD, "master-2030"));
            assertThat(failure).hasMessageContaining("no 256-bit AES key named 'master-2030'");
        }
    }

    static int headerLength(String alias) {
        return 7 + 1 + 1 + alias.length() + 1 + 40 + 7 + 4;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
