package vn.hoso.archive.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import vn.hoso.archive.storage.StorageIntegrityException;

/**
 * The AES-256 master keys of a PKCS12 keystore, which wrap (RFC 3394 AES key wrap) the random data key of each
 * object. Every AES secret entry is loaded, so objects written under an older key stay readable after rotation;
 * new objects are wrapped under the one named at start-up. Keys never leave this class.
 */
public final class MasterKeys {

    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String writeKeyId;

    private MasterKeys(Map<String, SecretKey> keys, String writeKeyId) {
        this.keys = keys;
        this.writeKeyId = writeKeyId;
    }

    /**
     * Loads the keystore. Throws {@link IllegalStateException} naming the file when it is missing, unreadable, the
     * password is wrong, or it holds no 256-bit AES key under {@code writeAlias}: start-up must stop, not write
     * objects nobody can read.
     */
    public static MasterKeys load(Path keystore, char[] password, String writeAlias) {
        if (!Files.isReadable(keystore)) {
            throw new IllegalStateException("encryption keystore " + keystore + " does not exist or is not readable");
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot open encryption keystore " + keystore + " as PKCS12 with the configured password: "
                            + e.getMessage(),
                    e);
        }
        Map<String, SecretKey> keys = aesKeys(store, password, keystore);
        if (!keys.containsKey(writeAlias)) {
            throw new IllegalStateException("encryption keystore " + keystore + " holds no 256-bit AES key named '"
                    + writeAlias + "' (it holds " + keys.keySet() + ")");
        }
        return new MasterKeys(Collections.unmodifiableMap(keys), writeAlias);
    }

    /** For tests and tools that hold keys already. */
    public static MasterKeys of(Map<String, SecretKey> keys, String writeKeyId) {
        return new MasterKeys(Map.copyOf(keys), writeKeyId);
    }

    /** The alias new objects are wrapped under; recorded in each object's header. */
    public String writeKeyId() {
        return writeKeyId;
    }

    byte[] wrap(SecretKey dataKey) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.WRAP_MODE, keys.get(writeKeyId));
            return cipher.wrap(dataKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a data key under master key '" + writeKeyId + "'", e);
        }
    }

    /** The object's data key; a wrong master key or an altered header fails the key wrap's own integrity check. */
    SecretKey unwrap(String keyId, byte[] wrapped, String objectKey) {
        SecretKey master = keys.get(keyId);
        if (master == null) {
            throw new StorageIntegrityException(
                    "object " + objectKey + " was encrypted under master key '" + keyId
                            + "', which the keystore does not hold (it holds " + keys.keySet() + ")",
                    null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.UNWRAP_MODE, master);
            return (SecretKey) cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
        } catch (GeneralSecurityException e) {
            throw new StorageIntegrityException(
                    "the data key of object " + objectKey + " does not unwrap with master"
                            + " key '" + keyId
                            + "': the keystore holds a different key under that name than the one the"
                            + " object was written with, or the object's header was altered",
                    e);
        }
    }

    private static Map<String, SecretKey> aesKeys(KeyStore store, char[] password, Path keystore) {
        Map<String, SecretKey> keys = new HashMap<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)
                        && store.getKey(alias, password) instanceof SecretKey key
                        && isAes256(key)) {
                    keys.put(alias, key);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the keys of encryption keystore " + keystore, e);
        }
        return keys;
    }

    private static boolean isAes256(Key key) {
        return "AES".equalsIgnoreCase(key.getAlgorithm())
                && key.getEncoded() != null
                && key.getEncoded().length == KEY_BYTES;
    }
}
