package vn.hoso.archive.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the archive keeps its objects ({@code hoso.storage.*}). The folder store's root is not set here: it is the
 * {@code storage} folder of {@code hoso.data-dir}, next to the other data the service keeps on disk.
 *
 * @param type which store holds the objects: {@code filesystem} (one office, a local folder) or {@code s3} (a
 *     province: MinIO or any S3-compatible server shared by several service instances). Default {@code filesystem}.
 * @param s3 the S3 server; read only when {@code type} is {@code s3}.
 */
@ConfigurationProperties("hoso.storage")
@Validated
record StorageProperties(
        @NotNull @DefaultValue("filesystem") Type type,
        @Valid @DefaultValue S3 s3) {

    enum Type {
        FILESYSTEM,
        S3
    }

    /**
     * @param endpoint base URL of the S3 API, e.g. {@code http://minio.so-ldtbxh.local:9000}; on a classified LAN it
     *     must be a host on that LAN. Required when {@code type} is {@code s3}.
     * @param accessKey the access key id the service signs requests with (AWS signature v4). Required for {@code s3}.
     * @param secretKey the secret paired with {@code accessKey}; never logged. Required for {@code s3}.
     * @param bucket the one bucket holding every object; created at start-up when missing. Default {@code hoso}.
     */
    record S3(
            URI endpoint,
            String accessKey,
            String secretKey,
            @NotBlank @DefaultValue("hoso") String bucket) {

        /** Masks the secret: settings records end up in start-up logs and failure reports. */
        @Override
        public String toString() {
            String maskedSecret = secretKey == null ? null : "******";
            return "S3[endpoint=" + endpoint + ", accessKey=" + accessKey + ", secretKey=" + maskedSecret + ", bucket="
                    + bucket + "]";
        }

        boolean isComplete() {
            return endpoint != null && notBlank(accessKey) && notBlank(secretKey);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }

    /** Fails start-up, rather than the first upload, when S3 is chosen without a server to talk to. */
    @AssertTrue(
            message = "hoso.storage.s3.endpoint, access-key and secret-key are required when hoso.storage.type is s3")
    boolean isS3SettingsCompleteWhenChosen() {
        return type != Type.S3 || (s3 != null && s3.isComplete());
    }
}
