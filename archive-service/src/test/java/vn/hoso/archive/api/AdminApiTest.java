package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestUsers;

/** The administrator's reads over real HTTP: scanner profiles and service health, and who may not read them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminApiTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "1");
    }

    @LocalServerPort
    int port;

    ApiClient admin() {
        return ApiClient.as(port, "admin", TestUsers.PASSWORD);
    }

    @Nested
    class Profiles {

        @Test
        void adminSeesEveryBuiltInProfileWithItsSettings() {
            HttpResponse<byte[]> response = admin().get("/api/admin/profiles");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode profiles = ApiClient.json(response);
            List<String> names = new ArrayList<>();
            profiles.forEach(profile -> names.add(profile.get("name").asString()));
            assertThat(names).containsExactly("default", "flatbed-fragile", "phone-photo", "production-scanner");
        }

        @Test
        void theProductionScannerProfileShowsItsFeederBarcodeSplittingAndInbox() {
            JsonNode production = profile("production-scanner");

            assertThat(production.at("/capture/minDpi").asInt()).isEqualTo(300);
            assertThat(production.at("/capture/duplex").asBoolean()).isTrue();
            assertThat(production.at("/capture/source").asString()).isEqualTo("FEEDER");
            assertThat(production.at("/batch/separator").asString()).isEqualTo("BARCODE");
            assertThat(production.at("/hotFolder/enabled").asBoolean()).isTrue();
            assertThat(production.at("/hotFolder/inbox").asString()).isEqualTo("production-scanner");
            assertThat(production.at("/hotFolder/settle").asString()).isEqualTo("PT5S");
            assertThat(production.at("/ocr/languages").asString()).contains("vie");
            assertThat(production.at("/cleanup/steps").size()).isPositive();
            assertThat(production.at("/limits/maxPages").asInt()).isPositive();
        }

        private JsonNode profile(String name) {
            for (JsonNode profile : ApiClient.json(admin().get("/api/admin/profiles"))) {
                if (profile.get("name").asString().equals(name)) {
                    return profile;
                }
            }
            throw new AssertionError("no profile " + name);
        }
    }

    @Nested
    class Health {

        @Test
        void adminSeesStorageReachableAndTheIndexCountOfAnEmptyArchive() {
            HttpResponse<byte[]> response = admin().get("/api/admin/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            JsonNode health = ApiClient.json(response);
            assertThat(health.get("healthy").asBoolean()).isTrue();
            assertThat(health.at("/storage/ok").asBoolean()).isTrue();
            assertThat(health.at("/storage/kind").asString()).endsWith("PageStore");
            assertThat(health.at("/index/ok").asBoolean()).isTrue();
            assertThat(health.at("/index/count").asLong()).isZero();
            assertThat(health.get("version").asString()).isNotBlank();
            assertThat(health.get("uptime").asString()).startsWith("PT");
        }
    }

    @Nested
    class Users {

        @Test
        void adminSeesTheDeclaredUsersWithRolesAndClearanceButNoPasswords() {
            HttpResponse<byte[]> response = admin().get("/api/admin/users");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode users = ApiClient.json(response).get("users");
            java.util.List<String> names = new java.util.ArrayList<>();
            users.forEach(user -> names.add(user.get("username").asString()));
            assertThat(names).containsExactly("admin", "auditor", "cleared-officer", "clerk", "clerk2", "officer");
            JsonNode clerk = users.get(3);
            assertThat(clerk.get("roles").get(0).asString()).isEqualTo("CLERK");
            assertThat(clerk.get("clearance").asString()).isEqualTo("SECRET");
            assertThat(clerk.get("clearanceName").asString()).isEqualTo("Tối mật");
            assertThat(clerk.get("jurisdiction").isNull()).as("unrestricted").isTrue();
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("bcrypt")
                    .doesNotContain("password");
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest
        @ValueSource(strings = {"officer", "clerk", "auditor"})
        void otherRolesAreRefusedTheProfiles(String user) {
            HttpResponse<byte[]> response =
                    ApiClient.as(port, user, TestUsers.PASSWORD).get("/api/admin/profiles");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(ApiClient.json(response).get("type").asString()).endsWith("access-denied");
        }

        @ParameterizedTest
        @ValueSource(strings = {"officer", "clerk", "auditor"})
        void otherRolesAreRefusedTheHealthReport(String user) {
            HttpResponse<byte[]> response =
                    ApiClient.as(port, user, TestUsers.PASSWORD).get("/api/admin/health");

            assertThat(response.statusCode()).isEqualTo(403);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/admin/profiles", "/api/admin/health", "/api/admin/users"})
        void anonymousCallersMustSignIn(String path) {
            assertThat(ApiClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/auditor.html", "/admin.html"})
        void anOfficerIsRefusedTheBackOfficePages(String path) {
            assertThat(ApiClient.as(port, "officer", TestUsers.PASSWORD)
                            .get(path)
                            .statusCode())
                    .isEqualTo(403);
        }
    }
}
