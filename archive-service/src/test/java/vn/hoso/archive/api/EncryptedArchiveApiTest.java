package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestKeystore;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.storage.PageStore;

/**
 * The service with encryption at rest over the folder store: what lies on disk for a classified dossier, what the
 * API gives back, and what happens when the stored bytes are changed behind the service's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EncryptedArchiveApiTest {

    @TempDir
    static Path folder;

    static final AtomicInteger NEXT_CODE = new AtomicInteger(1);
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "1");
        registry.add("hoso.encryption.enabled", () -> "true");
        registry.add(
                "hoso.encryption.keystore", () -> TestKeystore.create(folder.resolve("hoso-keys.p12"), "master-2026")
                        .toString());
        registry.add("hoso.encryption.password", () -> TestKeystore.PASSWORD);
        registry.add("hoso.encryption.alias", () -> "master-2026");
    }

    @LocalServerPort
    int port;

    @Autowired
    PageStore store;

    ApiClient as(String user) {
        return ApiClient.as(port, user, TestUsers.PASSWORD);
    }

    static String newCode() {
        return "QT-LS-7" + String.format("%05d", NEXT_CODE.getAndIncrement());
    }

    Path onDisk(String key) {
        return folder.resolve("data/storage").resolve(key);
    }

    @Nested
    class OnDisk {

        @Test
        void noStoredObjectOfAClassifiedDossierHoldsTheScanOrTheTextInPlain() throws Exception {
            String code = newCode();
            String name = "Trần Thị Bí Mật";
            byte[] scan = ArchiveApiTest.pageOf(name);
            Archives.dossierWithOnePage(as("clerk"), code, "CONFIDENTIAL", name, scan);
            assertThat(ApiClient.text(as("clerk").get("/api/dossiers/" + code + "/pages/1/text")))
                    .contains(name);

            List<Path> objects;
            try (Stream<Path> files = Files.walk(onDisk("dossiers/" + code))) {
                objects = files.filter(Files::isRegularFile).toList();
            }

            assertThat(objects)
                    .extracting(path -> path.getFileName().toString())
                    .contains("manifest.json", "master.png", "view.jpg", "thumb.jpg", "ocr.json");
            for (Path object : objects) {
                byte[] raw = Files.readAllBytes(object);
                assertThat(new String(raw, 0, 7, StandardCharsets.US_ASCII))
                        .as(object.toString())
                        .isEqualTo("HOSOENC");
                assertThat(Bytes.indexOf(raw, PNG_SIGNATURE))
                        .as(object + " holds the PNG signature")
                        .isNegative();
                assertThat(Bytes.indexOf(raw, "IHDR"))
                        .as(object + " holds a PNG header")
                        .isNegative();
                assertThat(Bytes.indexOf(raw, "JFIF"))
                        .as(object + " holds a JPEG header")
                        .isNegative();
                assertThat(Bytes.indexOf(raw, name))
                        .as(object + " holds the name")
                        .isNegative();
                assertThat(Bytes.indexOf(raw, "Quảng Trị"))
                        .as(object + " holds the hometown")
                        .isNegative();
            }
        }

        @Test
        void theApiGivesBackTheOriginalBytesAndTheRecordedChecksum() throws Exception {
            String code = newCode();
            byte[] scan = ArchiveApiTest.pageOf("Lê Văn Khóa");
            JsonNode dossier = Archives.dossierWithOnePage(as("clerk"), code, "SECRET", "Lê Văn Khóa", scan);

            HttpResponse<byte[]> original = as("auditor").get("/api/dossiers/" + code + "/pages/1/original");

            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(original.body()).isEqualTo(scan);
            assertThat(ClassifiedPagesApiTest.sha256(original.body()))
                    .isEqualTo(dossier.get("pages").get(0).get("sha256").asString());
            assertThat(as("auditor")
                            .get("/api/dossiers/" + code + "/pages/1/view")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Tampering {

        @Test
        void aChangedByteInAnEncryptedMasterIsRefusedAsAnIntegrityProblem() throws Exception {
            String code = newCode();
            Archives.dossierWithOnePage(
                    as("clerk"), code, "CONFIDENTIAL", "Võ Văn Sửa", ArchiveApiTest.pageOf("Võ Văn Sửa"));
            flipByte(onDisk("dossiers/" + code + "/pages/1/master.png"));

            HttpResponse<byte[]> original = as("auditor").get("/api/dossiers/" + code + "/pages/1/original");

            assertThat(original.statusCode()).isEqualTo(500);
            JsonNode problem = ApiClient.json(original);
            assertThat(problem.get("type").asString()).endsWith("master-integrity");
            assertThat(problem.get("detail").asString()).contains("integrity check");
        }

        @Test
        void aChangedByteInAnEncryptedViewIsRefusedAsAStorageIntegrityProblem() throws Exception {
            String code = newCode();
            Archives.dossierWithOnePage(
                    as("clerk"), code, "CONFIDENTIAL", "Đinh Văn Ảnh", ArchiveApiTest.pageOf("Đinh Văn Ảnh"));
            flipByte(onDisk("dossiers/" + code + "/pages/1/view.jpg"));

            HttpResponse<byte[]> view = as("clerk").get("/api/dossiers/" + code + "/pages/1/view");

            assertThat(view.statusCode()).isEqualTo(500);
            assertThat(ApiClient.json(view).get("type").asString()).endsWith("storage-integrity");
        }

        @Test
        void fixityReportsAnAlteredMasterAsUnreadableAndAReplacedOneAsMismatched() throws Exception {
            String altered = newCode();
            String replaced = newCode();
            Archives.dossierWithOnePage(
                    as("clerk"), altered, "CONFIDENTIAL", "Mai Văn Hỏng", ArchiveApiTest.pageOf("Mai Văn Hỏng"));
            Archives.dossierWithOnePage(
                    as("clerk"), replaced, "CONFIDENTIAL", "Mai Văn Thay", ArchiveApiTest.pageOf("Mai Văn Thay"));
            flipByte(onDisk("dossiers/" + altered + "/pages/1/master.png"));
            store.put("dossiers/" + replaced + "/pages/1/master.png", ArchiveApiTest.pageOf("Người Khác"), "image/png");

            JsonNode report = Archives.fixityRun(as("auditor"), as("auditor"));

            assertThat(report.get("unreadable").toString()).contains(altered).contains("integrity check");
            assertThat(report.get("mismatched").toString()).contains(replaced);
        }

        private static void flipByte(Path object) throws Exception {
            byte[] raw = Files.readAllBytes(object);
            raw[raw.length - 40] ^= 0x01;
            Files.write(object, raw);
        }
    }
}
