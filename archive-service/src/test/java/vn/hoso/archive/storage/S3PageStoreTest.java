package vn.hoso.archive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract over real HTTP: an s3proxy server on loopback that checks AWS v4 signatures, spoken to by the MinIO
 * client. One server for the class (starting one per test costs more than the tests); each test gets its own bucket,
 * which the store creates, so tests stay independent. The contract's stores share one HTTP client, because building
 * a default MinIO client costs about a second where {@code SSL_CERT_FILE} names a large bundle; only
 * {@code missingBucketIsCreatedOnConnect} builds its store the production way.
 */
class S3PageStoreTest extends PageStoreContract {

    static final String ACCESS_KEY = "hoso-test";
    static final String SECRET_KEY = "hoso-test-secret-key";
    static final AtomicInteger BUCKETS = new AtomicInteger();

    static S3ProxyJunitCore server;
    static OkHttpClient http;

    /** Reads the server behind the store's back, to check what the store did there. */
    static MinioClient inspector;

    @BeforeAll
    static void startServer() throws Exception {
        server = new S3ProxyJunitCore.Builder()
                .withCredentials(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .withBlobStoreProvider("transient")
                .build();
        server.beforeEach();
        http = new OkHttpClient();
        inspector = clientSharingHttp(SECRET_KEY);
    }

    @AfterAll
    static void stopServer() throws Exception {
        inspector.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.afterEach();
    }

    @Override
    PageStore newEmptyStore() {
        return storeOn(freshBucketName());
    }

    static MinioClient clientSharingHttp(String secretKey) {
        return MinioClient.builder()
                .endpoint(server.getUri().toString())
                .credentials(ACCESS_KEY, secretKey)
                .httpClient(http, false)
                .build();
    }

    static S3PageStore storeOn(String bucket) {
        return new S3PageStore(clientSharingHttp(SECRET_KEY), server.getUri(), bucket);
    }

    static String freshBucketName() {
        return "hoso-test-" + BUCKETS.incrementAndGet();
    }

    @Nested
    class OverS3 {

        @Test
        void missingBucketIsCreatedOnConnect() throws Exception {
            String bucket = freshBucketName();
            assertThat(inspector.bucketExists(
                            BucketExistsArgs.builder().bucket(bucket).build()))
                    .isFalse();
            try (S3PageStore created = new S3PageStore(server.getUri(), ACCESS_KEY, SECRET_KEY, bucket)) {
                assertThat(inspector.bucketExists(
                                BucketExistsArgs.builder().bucket(bucket).build()))
                        .isTrue();
                created.put(MASTER, new byte[] {1}, "image/tiff");
                assertThat(created.get(MASTER)).containsExactly(1);
            }
        }

        @Test
        void existingBucketIsReusedWithItsObjects() {
            String bucket = freshBucketName();
            try (S3PageStore first = storeOn(bucket)) {
                first.put(MANIFEST, new byte[] {3}, "application/json");
            }
            try (S3PageStore second = storeOn(bucket)) {
                assertThat(second.get(MANIFEST)).containsExactly(3);
            }
        }

        @Test
        void contentTypeIsRecordedWithTheObject() throws Exception {
            String bucket = freshBucketName();
            try (S3PageStore tiffs = storeOn(bucket)) {
                tiffs.put(MASTER, tiffMasterWithEveryByteValue(), "image/tiff");
            }
            var stat = inspector.statObject(
                    StatObjectArgs.builder().bucket(bucket).object(MASTER).build());
            assertThat(stat.contentType()).isEqualTo("image/tiff");
        }

        @Test
        void refusedCredentialsFailConnectWithAStorageFailure() {
            StorageException failure = assertThrows(
                    StorageException.class,
                    () -> new S3PageStore(clientSharingHttp("wrong-secret"), server.getUri(), freshBucketName()));
            assertThat(failure).isNotInstanceOf(ObjectMissingException.class);
        }

        @Test
        void vanishedBucketIsAStorageFailureNamingTheKeyNotAMissingObject() throws Exception {
            String bucket = freshBucketName();
            try (S3PageStore orphaned = storeOn(bucket)) {
                orphaned.put(MASTER, new byte[] {1}, "image/tiff");
                inspector.removeObject(
                        RemoveObjectArgs.builder().bucket(bucket).object(MASTER).build());
                inspector.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());

                StorageException failure = assertThrows(StorageException.class, () -> orphaned.get(MASTER));
                assertThat(failure)
                        .isNotInstanceOf(ObjectMissingException.class)
                        .hasMessageContaining(MASTER);
            }
        }

        @Test
        void unreachableServerFailsConnectWithAStorageFailure() {
            URI nobodyListens = URI.create("http://127.0.0.1:9");
            MinioClient client = MinioClient.builder()
                    .endpoint(nobodyListens.toString())
                    .credentials(ACCESS_KEY, SECRET_KEY)
                    .httpClient(http, false)
                    .build();
            assertThrows(StorageException.class, () -> new S3PageStore(client, nobodyListens, freshBucketName()));
        }
    }
}
