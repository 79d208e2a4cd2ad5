package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
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
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.demo.SamplePages;

/**
 * The service configured as a province runs it: {@code hoso.storage.type=s3}, against a real S3 server (s3proxy,
 * AWS v4 signatures checked) on loopback that starts with no bucket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ArchiveOverS3Test {

    private static final String ACCESS_KEY = "hoso-province";
    private static final String SECRET_KEY = "hoso-province-secret";
    private static final String BUCKET = "hoso-archive";

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
        registry.add("hoso.storage.type", () -> "s3");
        registry.add("hoso.storage.s3.endpoint", () -> s3.getUri().toString());
        registry.add("hoso.storage.s3.access-key", () -> ACCESS_KEY);
        registry.add("hoso.storage.s3.secret-key", () -> SECRET_KEY);
        registry.add("hoso.storage.s3.bucket", () -> BUCKET);
        registry.add("hoso.audit.segment-size", () -> "2KB");
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.afterEach();
    }

    @LocalServerPort
    int port;

    @Test
    void sealedAuditSegmentsAndTheChainHeadGoToTheBucket() throws Exception {
        ApiClient officer = ApiClient.as(port, "officer", TestUsers.PASSWORD);
        for (int i = 0; i < 10; i++) {
            officer.get("/api/search?q=le+van+" + i);
        }
        byte[] local = java.nio.file.Files.readAllBytes(folder.resolve("data/audit/segments/000001.jsonl"));

        try (MinioClient inspector = MinioClient.builder()
                .endpoint(s3.getUri().toString())
                .credentials(ACCESS_KEY, SECRET_KEY)
                .build()) {
            byte[] stored;
            try (var in = inspector.getObject(io.minio.GetObjectArgs.builder()
                    .bucket(BUCKET)
                    .object("audit/segments/000001.jsonl")
                    .build())) {
                stored = in.readAllBytes();
            }
            assertThat(stored).isEqualTo(local);
            assertThat(inspector
                            .statObject(StatObjectArgs.builder()
                                    .bucket(BUCKET)
                                    .object("audit/head.json")
                                    .build())
                            .size())
                    .isPositive();
        }
    }

    @Test
    void mastersGoToTheBucketAndComeBackByteForByte() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", TestUsers.PASSWORD);
        String code = "QT-LS-770001";
        clerk.postJson("/api/dossiers", ArchiveApiTest.dossierJson(code, "MARTYR", "UNCLASSIFIED", "Lê Văn Tám"));
        byte[] scan = SamplePages.jpeg(SamplePages.render(List.of("Họ và tên: Lê Văn Tám"), 5));

        HttpResponse<byte[]> upload = clerk.upload(
                "/api/dossiers/" + code + "/pages", List.of(new ApiClient.Part("tam.jpg", "image/jpeg", scan)));

        assertThat(upload.statusCode()).isEqualTo(202);
        try (MinioClient inspector = MinioClient.builder()
                .endpoint(s3.getUri().toString())
                .credentials(ACCESS_KEY, SECRET_KEY)
                .build()) {
            long stored = inspector
                    .statObject(StatObjectArgs.builder()
                            .bucket(BUCKET)
                            .object("dossiers/" + code + "/pages/1/master.jpg")
                            .build())
                    .size();
            assertThat(stored).isEqualTo(scan.length);
        }
        HttpResponse<byte[]> original = clerk.get("/api/dossiers/" + code + "/pages/1/original");
        assertThat(Arrays.equals(original.body(), scan)).isTrue();
        JsonNode dossier = ApiClient.json(clerk.get("/api/dossiers/" + code));
        assertThat(dossier.get("title").asString()).isEqualTo("Hồ sơ Lê Văn Tám");
    }
}
