package vn.hoso.archive.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.storage.internal.Envelopes;
import vn.hoso.archive.storage.internal.MasterKeys;

/** The whole storage contract holds through encryption at rest: callers cannot tell the decorator is there. */
class EncryptedFileSystemPageStoreTest extends PageStoreContract {

    @TempDir
    Path dataDir;

    @Override
    PageStore newEmptyStore() throws Exception {
        return new EncryptingPageStore(
                new FileSystemPageStore(dataDir.resolve("storage")),
                new Envelopes(masterKeys("master-1"), 4096),
                List.of("dossiers/"));
    }

    /** Fresh in-memory master keys: the keystore loading is tested in {@link EncryptionAtRestTest}. */
    static MasterKeys masterKeys(String alias) throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey key = generator.generateKey();
        return MasterKeys.of(Map.of(alias, key), alias);
    }
}
