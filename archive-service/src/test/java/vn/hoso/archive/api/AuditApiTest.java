package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.demo.SamplePages;

/**
 * The audit trail as an auditor meets it over real HTTP: what each kind of access leaves behind, who may read the
 * trail, and where sealed segments go. Segments are kept tiny here so that they seal within a few requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    @TempDir
    static Path folder;

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(1);

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "1");
        registry.add("hoso.audit.segment-size", () -> "2KB");
    }

    @LocalServerPort
    int port;

    ApiClient as(String user) {
        return ApiClient.as(port, user, TestUsers.PASSWORD);
    }

    /** A dossier created by the clerk, at the given level. */
    String dossier(String level, String name) {
        String code = "QT-LS-8" + String.format("%05d", NEXT_CODE.getAndIncrement());
        HttpResponse<byte[]> created =
                as("clerk").postJson("/api/dossiers", ArchiveApiTest.dossierJson(code, "MARTYR", level, name));
        assertThat(created.statusCode()).isEqualTo(201);
        return code;
    }

    /**
     * Polls the trail as the auditor until an event matching {@code wanted} appears among those {@code filters}
     * select: a request is recorded when it completes, which can be just after its client has the answer.
     */
    JsonNode awaitEvent(String filters, Predicate<JsonNode> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        JsonNode events;
        do {
            HttpResponse<byte[]> response = as("auditor").get("/api/audit?size=500&" + filters);
            assertThat(response.statusCode()).isEqualTo(200);
            events = ApiClient.json(response).get("events");
            for (JsonNode event : events) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no such event for " + filters + " in " + events);
    }

    static Predicate<JsonNode> is(String action, String outcome) {
        return event -> event.get("action").asString().equals(action)
                && event.get("outcome").asString().equals(outcome);
    }

    static String detail(JsonNode event, String name) {
        JsonNode value = event.get("detail").get(name);
        return value == null ? null : value.asString();
    }

    @Nested
    class Logins {

        @Test
        void basicLoginIsRecordedWithTheClientAddress() throws Exception {
            assertThat(as("cleared-officer").get("/api/me").statusCode()).isEqualTo(200);

            JsonNode login = awaitEvent("user=cleared-officer&action=LOGIN", is("LOGIN", "SUCCESS"));

            assertThat(login.get("client").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(detail(login, "via")).isEqualTo("basic");
        }

        @Test
        void failedLoginIsRecordedWithTheNameThatWasTried() throws Exception {
            assertThat(ApiClient.as(port, "mallory", "guess").get("/api/me").statusCode())
                    .isEqualTo(401);

            JsonNode failure = awaitEvent("user=mallory", is("LOGIN", "DENIED"));

            assertThat(detail(failure, "reason")).isEqualTo("bad-credentials");
            assertThat(failure.get("client").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        }

        @Test
        void formLoginIsRecordedBothWhenItSucceedsAndWhenItFails() throws Exception {
            assertThat(formLogin("admin", "wrong-password")).endsWith("/login?error");
            assertThat(formLogin("admin", TestUsers.PASSWORD)).doesNotContain("error");

            Predicate<JsonNode> viaForm = event -> "form".equals(detail(event, "via"));
            awaitEvent("user=admin&action=LOGIN", is("LOGIN", "DENIED").and(viaForm));
            awaitEvent("user=admin&action=LOGIN", is("LOGIN", "SUCCESS").and(viaForm));
        }

        /** As the login page does it: the page first (it sets the CSRF cookie), then the form with the token. */
        private String formLogin(String user, String password) throws Exception {
            java.net.CookieManager cookies = new java.net.CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
            browser.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.html"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            HttpResponse<Void> response = browser.send(request, HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }
    }

    @Nested
    class Reads {

        @Test
        void searchIsRecordedWithItsQueryAndResultCount() throws Exception {
            dossier("UNCLASSIFIED", "Tôn Thất Thuyết");

            assertThat(as("officer").get("/api/search?q=ton+that+thuyet").statusCode())
                    .isEqualTo(200);

            JsonNode search = awaitEvent("user=officer&action=SEARCH", event -> String.valueOf(detail(event, "query"))
                    .contains("ton that thuyet"));
            assertThat(search.get("outcome").asString()).isEqualTo("SUCCESS");
            assertThat(detail(search, "count")).isEqualTo("1");
        }

        @Test
        void originalDownloadIsRecordedWithItsDossierAndPage() throws Exception {
            String code = dossier("UNCLASSIFIED", "Hoàng Diệu");
            byte[] scan = SamplePages.png(SamplePages.render(List.of("Họ và tên: Hoàng Diệu"), 11));
            as("clerk")
                    .upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("p.png", "image/png", scan)));

            assertThat(as("auditor")
                            .get("/api/dossiers/" + code + "/pages/1/original")
                            .statusCode())
                    .isEqualTo(200);

            JsonNode download =
                    awaitEvent("dossier=" + code + "&action=ORIGINAL_DOWNLOAD", is("ORIGINAL_DOWNLOAD", "SUCCESS"));
            assertThat(download.get("actor").asString()).isEqualTo("auditor");
            assertThat(download.get("page").asInt()).isEqualTo(1);
        }

        @Test
        void dossierHiddenByClearanceIsRecordedAsDeniedThoughTheOfficerWasToldNotFound() throws Exception {
            String code = dossier("CONFIDENTIAL", "Nguyễn Tri Phương");

            assertThat(as("officer").get("/api/dossiers/" + code).statusCode()).isEqualTo(404);

            JsonNode open = awaitEvent("dossier=" + code + "&user=officer", is("DOSSIER_OPEN", "DENIED"));
            assertThat(detail(open, "status")).isEqualTo("404");
        }

        @Test
        void dossierThatDoesNotExistIsRecordedAsNotFound() throws Exception {
            assertThat(as("officer").get("/api/dossiers/QT-LS-899999").statusCode())
                    .isEqualTo(404);

            awaitEvent("dossier=QT-LS-899999", is("DOSSIER_OPEN", "NOT_FOUND"));
        }

        @Test
        void originalRefusedByTheRouteRulesIsRecordedAsDenied() throws Exception {
            String code = dossier("UNCLASSIFIED", "Phan Thanh Giản");

            assertThat(as("officer")
                            .get("/api/dossiers/" + code + "/pages/1/original")
                            .statusCode())
                    .isEqualTo(403);

            JsonNode refused = awaitEvent("dossier=" + code, is("ORIGINAL_DOWNLOAD", "DENIED"));
            assertThat(refused.get("actor").asString()).isEqualTo("officer");
            assertThat(refused.get("page").asInt()).isEqualTo(1);
            assertThat(detail(refused, "status")).isEqualTo("403");
        }
    }

    @Nested
    class Writes {

        @Test
        void metadataCorrectionAndSubmissionAreRecordedAsChangesOfTheDossier() throws Exception {
            String code = dossier("UNCLASSIFIED", "Lê Văn Đúng");
            long version = ApiClient.json(as("clerk").get("/api/dossiers/" + code))
                    .get("version")
                    .asLong();

            assertThat(as("clerk")
                            .putJson(
                                    "/api/dossiers/" + code,
                                    ClerkWorkApiTest.correctionJson(
                                            version, "Hồ sơ liệt sĩ Lê Văn Đúng", "UNCLASSIFIED", "Lê Văn Đúng"))
                            .statusCode())
                    .isEqualTo(200);
            int submit =
                    as("clerk").postEmpty("/api/dossiers/" + code + "/submit").statusCode();

            awaitEvent("dossier=" + code + "&user=clerk", is("METADATA_CHANGE", "SUCCESS"));
            JsonNode submitted = awaitEvent("dossier=" + code + "&action=STATUS_CHANGE", event -> true);
            assertThat(detail(submitted, "route")).isEqualTo("/api/dossiers/{code}/submit");
            assertThat(detail(submitted, "status")).isEqualTo(Integer.toString(submit));
            assertThat(submitted.get("outcome").asString()).isEqualTo(submit < 400 ? "SUCCESS" : "ERROR");
        }
    }

    @Nested
    class ForAuditorsOnly {

        @Test
        void officerIsRefusedTheTrailAndTheRefusalIsRecorded() throws Exception {
            for (String path : List.of("/api/audit", "/api/audit/verify", "/api/audit/dossiers/QT-LS-000001/counts")) {
                HttpResponse<byte[]> response = as("cleared-officer").get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(ApiClient.text(response)).as(path).doesNotContain("\"events\"", "\"intact\"");
            }

            awaitEvent("user=cleared-officer&action=AUDIT_VERIFY", is("AUDIT_VERIFY", "DENIED"));
        }

        @Test
        void queryingTheTrailIsItselfRecorded() throws Exception {
            as("auditor").get("/api/audit?dossier=QT-LS-812345&user=someone");

            JsonNode query =
                    awaitEvent("user=auditor&action=AUDIT_QUERY", event -> String.valueOf(detail(event, "query"))
                            .contains("dossier=QT-LS-812345"));
            assertThat(detail(query, "count")).isEqualTo("0");
        }

        @Test
        void verifyReportsAnIntactTrail() {
            as("officer").get("/api/me");

            JsonNode verified = ApiClient.json(as("auditor").get("/api/audit/verify"));

            assertThat(verified.get("intact").asBoolean()).isTrue();
            assertThat(verified.get("records").asLong()).isPositive();
            assertThat(verified.get("firstBroken").isNull()).isTrue();
            assertThat(verified.get("tornTail").asBoolean()).isFalse();
        }

        @Test
        void accessCountsOfADossierAddUpItsAccessesByActionAndUser() throws Exception {
            String code = dossier("UNCLASSIFIED", "Lê Văn Duyệt");
            as("officer").get("/api/dossiers/" + code);
            as("officer").get("/api/dossiers/" + code);
            as("cleared-officer").get("/api/dossiers/" + code);
            awaitEvent("dossier=" + code + "&user=cleared-officer", is("DOSSIER_OPEN", "SUCCESS"));

            JsonNode counts = ApiClient.json(as("auditor").get("/api/audit/dossiers/" + code + "/counts"));

            assertThat(counts.get("byAction").get("DOSSIER_OPEN").asLong()).isEqualTo(3);
            assertThat(counts.get("byAction").get("DOSSIER_CREATE").asLong()).isEqualTo(1);
            assertThat(counts.get("byUser").get("officer").asLong()).isEqualTo(2);
            assertThat(counts.get("total").asLong()).isGreaterThanOrEqualTo(4);
        }

        @Test
        void dossiersAreRankedByHowOftenTheyWereAccessed() throws Exception {
            String busy = dossier("UNCLASSIFIED", "Trương Định");
            String quiet = dossier("UNCLASSIFIED", "Nguyễn Trung Trực");
            for (int i = 0; i < 3; i++) {
                as("clerk").get("/api/dossiers/" + busy);
            }
            as("clerk").get("/api/dossiers/" + quiet);
            as("officer").get("/api/dossiers/" + quiet + "/pages/1/original");
            awaitEvent("dossier=" + quiet, is("ORIGINAL_DOWNLOAD", "DENIED"));

            JsonNode ranking = ApiClient.json(as("auditor").get("/api/audit/dossiers?action=DOSSIER_OPEN&user=clerk"));
            JsonNode denials = ApiClient.json(as("auditor").get("/api/audit/dossiers?size=500"));

            List<String> order = ranking.get("dossiers")
                    .valueStream()
                    .map(d -> d.get("dossier").asString())
                    .filter(code -> code.equals(busy) || code.equals(quiet))
                    .toList();
            assertThat(order).containsExactly(busy, quiet);
            JsonNode quietRow = denials.get("dossiers")
                    .valueStream()
                    .filter(d -> d.get("dossier").asString().equals(quiet))
                    .findFirst()
                    .orElseThrow();
            assertThat(quietRow.get("denied").asLong()).isEqualTo(1);
            assertThat(quietRow.get("users").asLong()).isEqualTo(2);
        }

        @Test
        void eventsComeNewestFirstAndPageBySize() throws Exception {
            for (int i = 0; i < 3; i++) {
                as("clerk").get("/api/me");
            }
            awaitEvent("user=clerk&action=WHO_AM_I", event -> true);

            JsonNode first = ApiClient.json(as("auditor").get("/api/audit?user=clerk&action=WHO_AM_I&size=2"));
            JsonNode second = ApiClient.json(as("auditor").get("/api/audit?user=clerk&action=WHO_AM_I&size=2&page=1"));

            assertThat(first.get("events")).hasSize(2);
            assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
            Instant newest =
                    Instant.parse(first.get("events").get(0).get("time").asString());
            Instant older =
                    Instant.parse(second.get("events").get(0).get("time").asString());
            assertThat(newest).isAfterOrEqualTo(older);
        }
    }

    @Test
    void sealedSegmentsAreCopiedToObjectStorageWithTheChainHead() throws Exception {
        for (int i = 0; i < 10; i++) {
            as("officer").get("/api/search?q=nguyen+van+" + i);
        }
        Path stored = folder.resolve("data/storage/audit/segments/000001.jsonl");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!Files.exists(stored) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(stored).exists();
        assertThat(Files.readAllBytes(stored))
                .isEqualTo(Files.readAllBytes(folder.resolve("data/audit/segments/000001.jsonl")));
        assertThat(folder.resolve("data/storage/audit/head.json")).exists();
        assertThat(ApiClient.json(as("auditor").get("/api/audit/verify"))
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }
}
