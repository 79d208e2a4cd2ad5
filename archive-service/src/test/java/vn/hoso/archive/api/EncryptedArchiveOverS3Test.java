package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestKeystore;
import vn.hoso.archive.TestUsers;

/**
 * Encryption at rest over S3: a real S3 server (s3proxy on loopback, AWS v4 signatures checked) holds only
 * envelopes for a classified dossier, read back raw with a separate S3 client that bypasses the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EncryptedArchiveOverS3Test {

    static final String ACCESS_KEY = "hoso-province";
    static final String SECRET_KEY = "hoso-province-secret";
    static final String BUCKET = "hoso-encrypted";

    @TempDir
    static Path folder;

    static S3ProxyJunitCore s3;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) throws Exception {
        s3 = new S3ProxyJunitCore.Builder()
                .withCredentials(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .withBlobStoreProvider("transient")
                .build();
        s3.beforeEach();
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "1");
        registry.add("hoso.storage.type", () -> "s3");
        registry.add("hoso.storage.s3.endpoint", () -> s3.getUri().toString());
        registry.add("hoso.storage.s3.access-key", () -> ACCESS_KEY);
        registry.add("hoso.storage.s3.secret-key", () -> SECRET_KEY);
        registry.add("hoso.storage.s3.bucket", () -> BUCKET);
        registry.add("hoso.encryption.enabled", () -> "true");
        registry.add(
                "hoso.encryption.keystore", () -> TestKeystore.create(folder.resolve("hoso-keys.p12"), "province-2026")
                        .toString());
        registry.add("hoso.encryption.password", () -> TestKeystore.PASSWORD);
        registry.add("hoso.encryption.alias", () -> "province-2026");
    }

    @AfterAll
    static void stopServer() {
        s3.afterEach();
    }

    @LocalServerPort
    int port;

    @Test
    void theBucketHoldsOnlyEnvelopesAndTheApiGivesBackTheScan() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", TestUsers.PASSWORD);
        String code = "QT-LS-660001";
        String name = "Hoàng Thị Kín";
        byte[] scan = ArchiveApiTest.pageOf(name);
        Archives.dossierWithOnePage(clerk, code, "SECRET", name, scan);

        List<String> keys = new ArrayList<>();
        try (MinioClient raw = MinioClient.builder()
                .endpoint(s3.getUri().toString())
                .credentials(ACCESS_KEY, SECRET_KEY)
                .build()) {
            for (Result<Item> item : raw.listObjects(ListObjectsArgs.builder()
                    .bucket(BUCKET)
                    .prefix("dossiers/" + code + "/")
                    .recursive(true)
                    .build())) {
                String key = item.get().objectName();
                keys.add(key);
                byte[] stored;
                try (var body = raw.getObject(
                        GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
                    stored = body.readAllBytes();
                }
                assertThat(new String(stored, 0, 7, StandardCharsets.US_ASCII))
                        .as(key)
                        .isEqualTo("HOSOENC");
                assertThat(Bytes.indexOf(stored, EncryptedArchiveApiTest.PNG_SIGNATURE))
                        .as(key)
                        .isNegative();
                assertThat(Bytes.indexOf(stored, "IHDR")).as(key).isNegative();
                assertThat(Bytes.indexOf(stored, "JFIF")).as(key).isNegative();
                assertThat(Bytes.indexOf(stored, name)).as(key).isNegative();
            }
        }

        assertThat(keys)
                .contains(
                        "dossiers/" + code + "/manifest.json",
                        "dossiers/" + code + "/pages/1/master.png",
                        "dossiers/" + code + "/pages/1/view.jpg",
                        "dossiers/" + code + "/pages/1/ocr.json");
        assertThat(clerk.get("/api/dossiers/" + code + "/pages/1/original").body())
                .isEqualTo(scan);
        assertThat(ApiClient.text(clerk.get("/api/dossiers/" + code + "/pages/1/text")))
                .contains(name);
    }
}
