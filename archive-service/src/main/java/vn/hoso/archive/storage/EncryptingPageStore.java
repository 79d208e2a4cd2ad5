package vn.hoso.archive.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.hoso.archive.storage.internal.Envelopes;

/**
 * Encryption at rest in front of any {@link PageStore} adapter: every object whose key starts with one of the
 * covered prefixes (by default {@code dossiers/}: masters, derivatives, OCR text and manifests, which all hold
 * personal data) is stored as an envelope of {@link Envelopes} and decrypted on the way out. Keys, listings and
 * deletes are untouched, so the store still reads like the archive's layout; only the bytes are unreadable.
 *
 * <p>Objects under a covered prefix must be envelopes: one stored in plain is refused with
 * {@link StorageIntegrityException}, as is any envelope that fails authentication, so a reader never gets bytes that
 * did not verify. Which objects are covered follows the key alone, never the dossier's classification, so raising a
 * dossier's level needs no re-encryption and this package need not know dossiers.
 */
final class EncryptingPageStore implements PageStore, AutoCloseable {

    static final String KEY_CHECK_PREFIX = "encryption/key-check/";
    private static final byte[] KEY_CHECK = "Hồ sơ số: master key check".getBytes(StandardCharsets.UTF_8);
    private static final String SEALED_TYPE = "application/octet-stream";

    private final PageStore plain;
    private final Envelopes envelopes;
    private final List<String> prefixes;

    EncryptingPageStore(PageStore plain, Envelopes envelopes, List<String> prefixes) {
        this.plain = plain;
        this.envelopes = envelopes;
        this.prefixes = List.copyOf(prefixes);
    }

    /**
     * Proves at start-up that the configured master key is the one this store was written with: the first start
     * stores a small sealed object per key alias, every later start must open it. Throws
     * {@link IllegalStateException} when it does not open, before any object is written with the wrong key.
     */
    void verifyMasterKey(String alias) {
        String key = KEY_CHECK_PREFIX + alias;
        if (!plain.exists(key)) {
            plain.put(key, envelopes.seal(KEY_CHECK, key), SEALED_TYPE);
            return;
        }
        try {
            if (!Arrays.equals(envelopes.open(plain.get(key), key), KEY_CHECK)) {
                throw new StorageIntegrityException("key check object " + key + " holds unexpected content", null);
            }
        } catch (StorageIntegrityException e) {
            throw new IllegalStateException(
                    "the configured master key '" + alias + "' is not the one this store was"
                            + " encrypted with (" + key
                            + " does not open): wrong keystore, or a different key under that"
                            + " alias. " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        if (covers(key)) {
            plain.put(key, envelopes.seal(bytes, key), SEALED_TYPE);
        } else {
            plain.put(key, bytes, contentType);
        }
    }

    /** Encrypts into a temporary file (ciphertext only, never plaintext) and streams that to the store. */
    @Override
    public void put(String key, Path source, String contentType) {
        if (!covers(key)) {
            plain.put(key, source, contentType);
            return;
        }
        Path sealed = null;
        try {
            sealed = Files.createTempFile("hoso-sealed-", ".bin");
            try (InputStream in = Files.newInputStream(source);
                    OutputStream out = envelopes.encrypting(Files.newOutputStream(sealed), key)) {
                in.transferTo(out);
            }
            plain.put(key, sealed, SEALED_TYPE);
        } catch (IOException e) {
            throw new StorageException("cannot encrypt " + source + " for object " + key, e);
        } finally {
            deleteQuietly(sealed);
        }
    }

    @Override
    public byte[] get(String key) {
        if (!covers(key)) {
            return plain.get(key);
        }
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StorageException("cannot read object " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        if (!covers(key)) {
            return plain.open(key);
        }
        InputStream stored = plain.open(key);
        try {
            return envelopes.decrypting(stored, key);
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(stored, e);
            throw e instanceof StorageException storage
                    ? storage
                    : new StorageException("cannot read object " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return plain.exists(key);
    }

    @Override
    public void delete(String key) {
        plain.delete(key);
    }

    @Override
    public Stream<String> list(String prefix) {
        return plain.list(prefix);
    }

    @Override
    public void close() throws Exception {
        if (plain instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public String toString() {
        return "EncryptingPageStore[" + prefixes + " over " + plain + "]";
    }

    private boolean covers(String key) {
        return prefixes.stream().anyMatch(key::startsWith);
    }

    private static void closeAfterFailure(InputStream stored, Exception failure) {
        try {
            stored.close();
        } catch (IOException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Holds ciphertext only; the system's temporary-file cleanup removes it.
            }
        }
    }
}
