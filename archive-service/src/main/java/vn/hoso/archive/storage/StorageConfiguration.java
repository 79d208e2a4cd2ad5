package vn.hoso.archive.storage;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.storage.internal.Envelopes;
import vn.hoso.archive.storage.internal.MasterKeys;

/** Chooses the one {@link PageStore} adapter the running service uses, from {@link StorageProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StorageProperties.class, EncryptionProperties.class})
class StorageConfiguration {

    /** The folder, below {@code hoso.data-dir}, that the embedded store keeps its objects in. */
    static final String FOLDER = "storage";

    /**
     * The store. Its destroy method is inferred from the instance, not the declared type: the S3 adapter is
     * {@link AutoCloseable} and is closed with the context (its HTTP client would otherwise keep the JVM alive about
     * a minute); the folder store holds nothing to close.
     *
     * @param dataDir {@code hoso.data-dir}: the folder for everything the service keeps on local disk. Default
     *     {@code ./data}.
     */
    @Bean
    PageStore pageStore(
            StorageProperties storage,
            EncryptionProperties encryption,
            @Value("${hoso.data-dir:./data}") Path dataDir) {
        PageStore adapter = pageStore(storage, dataDir);
        return encryption.enabled() ? encrypting(adapter, encryption) : adapter;
    }

    /** The adapter alone, without encryption at rest. */
    PageStore pageStore(StorageProperties storage, Path dataDir) {
        return switch (storage.type()) {
            case FILESYSTEM -> new FileSystemPageStore(dataDir.resolve(FOLDER));
            case S3 ->
                new S3PageStore(
                        storage.s3().endpoint(),
                        storage.s3().accessKey(),
                        storage.s3().secretKey(),
                        storage.s3().bucket());
        };
    }

    /** The adapter behind encryption at rest; start-up stops here when the master key does not open the store. */
    private static PageStore encrypting(PageStore adapter, EncryptionProperties encryption) {
        try {
            MasterKeys keys =
                    MasterKeys.load(encryption.keystore(), encryption.password().toCharArray(), encryption.alias());
            EncryptingPageStore store = new EncryptingPageStore(
                    adapter, new Envelopes(keys, Envelopes.DEFAULT_SEGMENT_SIZE), encryption.prefixes());
            store.verifyMasterKey(encryption.alias());
            return store;
        } catch (RuntimeException e) {
            if (adapter instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception closeFailure) {
                    e.addSuppressed(closeFailure);
                }
            }
            throw e;
        }
    }
}
