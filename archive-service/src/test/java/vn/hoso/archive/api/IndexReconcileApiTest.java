package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.ArchiveApplication;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.search.IndexedDossier;
import vn.hoso.archive.search.SearchIndex;

/**
 * The index is derived from storage: a service started on a folder whose index was lost, or holds a dossier storage
 * no longer has, answers searches from storage's truth as soon as it is up.
 */
class IndexReconcileApiTest {

    @TempDir
    Path folder;

    @Test
    void serviceStartedOnALostIndexFindsEveryStoredDossierAndForgetsWhatStorageLacks() throws IOException {
        try (ConfigurableApplicationContext first = start()) {
            ApiClient clerk = ApiClient.as(port(first), "clerk", TestUsers.PASSWORD);
            assertThat(clerk.postJson(
                                    "/api/dossiers",
                                    ArchiveApiTest.dossierJson(
                                            "QT-LS-700001", "MARTYR", "UNCLASSIFIED", "Hoàng Văn Thụ"))
                            .statusCode())
                    .isEqualTo(201);
            assertThat(clerk.postJson(
                                    "/api/dossiers",
                                    ArchiveApiTest.dossierJson(
                                            "QT-TB-700002", "WAR_INVALID", "UNCLASSIFIED", "Trần Thị Lý"))
                            .statusCode())
                    .isEqualTo(201);
        }
        deleteTree(folder.resolve("data/index"));

        try (ConfigurableApplicationContext second = start()) {
            ApiClient officer = ApiClient.as(port(second), "officer", TestUsers.PASSWORD);
            assertThat(codes(officer, "hoang van thu")).containsExactly("QT-LS-700001");
            assertThat(codes(officer, "tran thi ly")).containsExactly("QT-TB-700002");
            // A dossier in the index that storage does not hold: the next start-up removes it.
            second.getBean(SearchIndex.class)
                    .upsert(IndexedDossier.builder("QT-LS-799999", Confidentiality.UNCLASSIFIED)
                            .fullName("Hoàng Văn Thụ")
                            .build());
            assertThat(codes(officer, "hoang van thu")).contains("QT-LS-799999");
        }

        try (ConfigurableApplicationContext third = start()) {
            ApiClient officer = ApiClient.as(port(third), "officer", TestUsers.PASSWORD);
            assertThat(codes(officer, "hoang van thu")).containsExactly("QT-LS-700001");
        }
    }

    /** Settings as command-line arguments, which win over application.yml (default properties do not). */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ArchiveApplication.class)
                .run(
                        "--server.port=0",
                        "--hoso.data-dir=" + folder.resolve("data"),
                        "--hoso.security.users-file=" + TestUsers.file(folder),
                        "--hoso.ingest.workers=1");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static List<String> codes(ApiClient client, String words) {
        JsonNode result = ApiClient.json(client.get("/api/search?q=" + words.replace(' ', '+')));
        return result.get("hits").findValuesAsString("code");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
