package vn.hoso.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings as Spring Boot binds them from {@code hoso.storage.*}, without starting an application context. */
class StoragePropertiesTest {

    static ValidatorFactory validation;

    @BeforeAll
    static void openValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    static StorageProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("hoso.storage", StorageProperties.class);
    }

    static Set<ConstraintViolation<StorageProperties>> violations(StorageProperties properties) {
        return validation.getValidator().validate(properties);
    }

    @Nested
    class Binding {

        @Test
        void unsetStorageIsTheFolderStoreWithBucketHoso() {
            StorageProperties properties = bind(Map.of());
            assertThat(properties.type()).isEqualTo(StorageProperties.Type.FILESYSTEM);
            assertThat(properties.s3().bucket()).isEqualTo("hoso");
            assertThat(violations(properties)).isEmpty();
        }

        @Test
        void typeIsBoundFromLowerCaseNames() {
            assertThat(bind(Map.of("hoso.storage.type", "s3")).type()).isEqualTo(StorageProperties.Type.S3);
            assertThat(bind(Map.of("hoso.storage.type", "filesystem")).type())
                    .isEqualTo(StorageProperties.Type.FILESYSTEM);
        }

        @Test
        void s3SettingsAreBoundFromKebabCaseNames() {
            StorageProperties properties = bind(Map.of(
                    "hoso.storage.type", "s3",
                    "hoso.storage.s3.endpoint", "http://minio.local:9000",
                    "hoso.storage.s3.access-key", "archive",
                    "hoso.storage.s3.secret-key", "s3cr3t-value",
                    "hoso.storage.s3.bucket", "hoso-tinh"));
            assertThat(properties.s3().endpoint()).isEqualTo(URI.create("http://minio.local:9000"));
            assertThat(properties.s3().accessKey()).isEqualTo("archive");
            assertThat(properties.s3().secretKey()).isEqualTo("s3cr3t-value");
            assertThat(properties.s3().bucket()).isEqualTo("hoso-tinh");
            assertThat(violations(properties)).isEmpty();
        }

        @Test
        void secretKeyNeverAppearsInTheSettingsText() {
            StorageProperties properties = bind(Map.of("hoso.storage.s3.secret-key", "s3cr3t-value"));
            assertThat(properties.toString()).doesNotContain("s3cr3t-value");
        }
    }

    @Nested
    class Validating {

        @Test
        void s3WithoutEndpointOrKeysIsRefused() {
            StorageProperties properties = bind(Map.of("hoso.storage.type", "s3"));
            assertThat(violations(properties))
                    .extracting(ConstraintViolation::getMessage)
                    .singleElement()
                    .asString()
                    .contains("hoso.storage.s3.endpoint");
        }

        @Test
        void blankBucketIsRefused() {
            StorageProperties properties = bind(Map.of("hoso.storage.s3.bucket", " "));
            assertThat(violations(properties)).isNotEmpty();
        }

        @Test
        void folderStoreNeedsNoS3Settings() {
            assertThat(violations(bind(Map.of("hoso.storage.type", "filesystem"))))
                    .isEmpty();
        }
    }

    @Nested
    class Wiring {

        @TempDir
        Path dataDir;

        @Test
        void folderStoreKeepsObjectsInTheStorageFolderOfTheDataDir() throws Exception {
            PageStore store = new StorageConfiguration().pageStore(bind(Map.of()), dataDir);
            store.put("dossiers/A/manifest.json", new byte[] {1}, "application/json");
            assertThat(Files.readAllBytes(dataDir.resolve("storage/dossiers/A/manifest.json")))
                    .containsExactly(1);
        }
    }
}
