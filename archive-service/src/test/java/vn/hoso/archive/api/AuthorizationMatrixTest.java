package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.access.Role;

/**
 * The acceptance matrix of issue 5: every API endpoint Spring has mapped × {CLERK, OFFICER, AUDITOR, ADMIN,
 * anonymous} × clearance (enough or not for the target dossier) × jurisdiction (in or out of its district), over real
 * HTTP. Each cell asserts the status from {@link #RULES} and that no field of the target dossier (code, name, title,
 * hometown, identity and decision numbers) appears anywhere in a body the caller may not see it in; where the caller
 * may see it, endpoints marked {@code reveals()} must show it, so the leak check can fail.
 *
 * <p>An endpoint without a row fails {@link #everyApiEndpointHasARule()}: add one line to {@link #RULES}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    static final String PASSWORD = "matrix-password";
    static final String TARGET = "QT-LS-700001";
    static final String NAME = "Khổng Minh Triết";
    static final String HOMETOWN = "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị";
    /** What of the target must never reach a caller who may not see it (the code unless the URL names it). */
    static final List<String> TARGET_FIELDS = List.of(
            TARGET,
            NAME,
            "Khổng Minh",
            "Hồ sơ liệt sĩ Khổng",
            "Hải Lăng",
            "Hải Dương",
            "044190001234",
            "191234567",
            "777/QĐ-UBND");

    // ---- The expected rules: one row per endpoint. A new endpoint needs one line here. ----
    static final Map<String, MatrixRule> RULES = Map.ofEntries(
            row("GET /api/me", signedIn(200)),
            row("GET /api/search", signedIn(200).query("q=" + NAME).reveals()),
            row(
                    "GET /api/search/suggest",
                    signedIn(200).query("prefix=khong minh").reveals()),
            row("GET /api/dossiers/{code}", readers(200).reveals()),
            row("GET /api/dossiers/{code}/pages/{seq}/text", readers(200)),
            row("GET /api/dossiers/{code}/pages/{seq}/view", readers(200)),
            row("GET /api/dossiers/{code}/pages/{seq}/thumb", readers(200)),
            row("GET /api/dossiers/{code}/pages/{seq}/hits", readers(200).query("q=Triết")),
            row("GET /api/dossiers/{code}/pages/{seq}/original", roles(200, Role.AUDITOR, Role.CLERK)),
            row("POST /api/dossiers", creators(201).json(AuthorizationMatrixTest::newDossier)),
            row("POST /api/dossiers/{code}/pages", roles(202, Role.CLERK).upload()),
            row("POST /api/admin/reindex", admins(200)),
            row("GET /api/admin/access", admins(200).query("user={self}&dossier=" + TARGET)),
            row("GET /api/admin/profiles", admins(200)),
            row("GET /api/admin/health", admins(200)),
            row("GET /api/admin/users", admins(200)),
            // Deep-zoom tiles of the page view: the same check as …/view.
            row("GET /api/dossiers/{code}/pages/{seq}/iiif", readers(303)),
            row("GET /api/dossiers/{code}/pages/{seq}/iiif/info.json", readers(200)),
            row(
                    "GET /api/dossiers/{code}/pages/{seq}/iiif/{region}/{size}/{rotation}/{quality}.{format}",
                    readers(200)
                            .with("region", "full")
                            .with("size", "200,")
                            .with("rotation", "0")
                            .with("quality", "default")
                            .with("format", "jpg")),
            // Result lists and saved searches (issue 4). A saved search holds a query, never a dossier.
            row(
                    "GET /api/search/export",
                    signedIn(200).query("format=csv&q=" + NAME).reveals()),
            row("GET /api/saved-searches", signedIn(200)),
            row("POST /api/saved-searches", signedIn(201).json(() -> """
                    {"name":"ma trận","q":"liet si"}""")),
            row("GET /api/saved-searches/{id}", signedIn(404).with("id", "khong-co")),
            row(
                    "PUT /api/saved-searches/{id}",
                    signedIn(404).with("id", "khong-co").json(() -> """
                    {"name":"đổi tên"}""")),
            row("DELETE /api/saved-searches/{id}", signedIn(404).with("id", "khong-co")),
            // Fixity (issue 5): reports name findings, never dossier contents; no run has finished yet when the
            // GET row runs (rows run in endpoint order, GET before POST).
            row("GET /api/fixity/latest", staff(404, Role.ADMIN, Role.AUDITOR)),
            row("POST /api/admin/fixity", staff(202, Role.ADMIN, Role.AUDITOR)),
            // The clerk's work (issue 6). Rows that would change the shared target aim at what leaves it as it is:
            // a page that does not exist, a transition its state refuses, a body validation refuses first.
            row("GET /api/review", staff(200, Role.CLERK)),
            row("PUT /api/dossiers/{code}", staff(400, Role.CLERK).json(() -> "{}")),
            row("PUT /api/dossiers/{code}/pages/order", roles(400, Role.CLERK).json(() -> """
                    {"seqs":[99]}""")),
            row(
                    "PUT /api/dossiers/{code}/pages/{seq}/rotation",
                    roles(404, Role.CLERK).with("seq", "99").json(() -> "{\"turn\":90}")),
            row(
                    "PUT /api/dossiers/{code}/pages/{seq}/master",
                    staff(415, Role.CLERK).with("seq", "99")),
            row(
                    "DELETE /api/dossiers/{code}/pages/{seq}",
                    roles(404, Role.CLERK).with("seq", "99")),
            row("POST /api/dossiers/{code}/pages/{seq}/review", roles(409, Role.CLERK)),
            row("POST /api/dossiers/{code}/submit", staff(404, Role.CLERK).with("code", "QT-LS-799999")),
            row("POST /api/dossiers/{code}/approve", roles(409, Role.CLERK)),
            row("POST /api/dossiers/{code}/send-back", staff(400, Role.CLERK).json(() -> "{}")),
            // The audit trail (issue 5): auditors only, and only the records of dossiers within their clearance and
            // jurisdiction.
            row("GET /api/audit", staff(200, Role.AUDITOR).query("user={self}")),
            row("GET /api/audit/verify", staff(200, Role.AUDITOR)),
            row("GET /api/audit/dossiers", staff(200, Role.AUDITOR).query("user={self}")),
            row("GET /api/audit/dossiers/{code}/counts", roles(200, Role.AUDITOR)));

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", AuthorizationMatrixTest::usersFile);
        registry.add("hoso.ingest.workers", () -> "1");
    }

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mappings;

    /** Set once the fixture exists; the context (and its data) is shared by every test of the class. */
    static boolean seeded;

    @BeforeEach
    void targetWithARecognisedPageAndAControlDossier() throws InterruptedException {
        if (seeded) {
            return;
        }
        seeded = true;
        ApiClient loader = ApiClient.as(port, "loader", PASSWORD);
        String target = """
                {"code":"%s","title":"Hồ sơ liệt sĩ %s","category":"MARTYR","confidentiality":"CONFIDENTIAL",
                 "subject":{"fullName":"%s","birthYear":1947,"hometown":"%s","citizenId":"044190001234",
                            "oldId":"191234567"},
                 "decisions":[{"number":"777/QĐ-UBND"}]}""".formatted(TARGET, NAME, NAME, HOMETOWN);
        assertThat(loader.postJson("/api/dossiers", target).statusCode()).isEqualTo(201);
        String control = """
                {"code":"QT-LS-700002","title":"Hồ sơ liệt sĩ Lưu Văn Công","category":"MARTYR",
                 "confidentiality":"UNCLASSIFIED","subject":{"fullName":"Lưu Văn Công","birthYear":1950,
                 "hometown":"xã Gio An, huyện Gio Linh, tỉnh Quảng Trị"}}""";
        assertThat(loader.postJson("/api/dossiers", control).statusCode()).isEqualTo(201);
        assertThat(loader.upload(
                                "/api/dossiers/" + TARGET + "/pages",
                                List.of(new ApiClient.Part("trang-1.png", "image/png", ArchiveApiTest.pageOf(NAME))))
                        .statusCode())
                .isEqualTo(202);
        awaitRecognition(loader);
    }

    @Test
    void everyApiEndpointHasARule() {
        Set<String> missing = new TreeSet<>(endpoints());
        missing.removeAll(RULES.keySet());
        Set<String> stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(endpoints());

        assertThat(missing)
                .as("API endpoints without a rule: add a row(\"METHOD /path\", …) line to"
                        + " AuthorizationMatrixTest.RULES for each")
                .isEmpty();
        assertThat(stale)
                .as("rules for endpoints that no longer exist: remove them from RULES")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsItsRuleSays() {
        List<DynamicTest> cells = new ArrayList<>();
        for (String endpoint : new TreeSet<>(endpoints())) {
            MatrixRule rule = RULES.get(endpoint);
            if (rule == null) {
                continue;
            }
            for (MatrixUser user : MatrixUser.all()) {
                cells.add(DynamicTest.dynamicTest(endpoint + " as " + user.name(), () -> check(endpoint, rule, user)));
            }
        }
        return cells.stream();
    }

    private void check(String endpoint, MatrixRule rule, MatrixUser user) {
        String path = rule.path(endpoint.substring(endpoint.indexOf(' ') + 1), user);
        HttpResponse<byte[]> response =
                rule.send(endpoint.substring(0, endpoint.indexOf(' ')), path, user.client(port));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int expected = rule.expect().status(user.role(), user.seesTarget());

        assertThat(response.statusCode())
                .as("%s as %s: %s", endpoint, user.name(), body)
                .isEqualTo(expected);
        if (!user.seesTarget() || expected >= 400) {
            for (String field : TARGET_FIELDS) {
                if (!path.contains(URLEncoder.encode(field, StandardCharsets.UTF_8)) && !path.contains(field)) {
                    assertThat(body)
                            .as("%s as %s leaks %s", endpoint, user.name(), field)
                            .doesNotContain(field);
                }
            }
        } else if (rule.showsTarget()) {
            assertThat(body)
                    .as("%s as %s should show the target", endpoint, user.name())
                    .contains(NAME);
        }
    }

    /** Every mapped API route as "METHOD /pattern", the way Spring MVC dispatches them. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = info.getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    (methods.isEmpty() ? Set.of("ANY") : methods)
                            .forEach(method -> endpoints.add(method + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    // ---- Expectations ----

    /** The status a caller gets; {@code role} is null for anonymous. */
    interface Expect {
        int status(Role role, boolean seesTarget);
    }

    static MatrixRule signedIn(int ok) {
        return new MatrixRule((role, sees) -> role == null ? 401 : ok);
    }

    /** Any role reads it, within clearance and jurisdiction; outside, it answers as missing. */
    static MatrixRule readers(int ok) {
        return new MatrixRule((role, sees) -> role == null ? 401 : sees ? ok : 404);
    }

    static MatrixRule roles(int ok, Role... allowed) {
        Set<Role> roles = EnumSet.copyOf(Arrays.asList(allowed));
        return new MatrixRule((role, sees) -> role == null ? 401 : !roles.contains(role) ? 403 : sees ? ok : 404);
    }

    /** Clerks open dossiers they could see; one they could not is refused outright (their own request). */
    static MatrixRule creators(int ok) {
        return new MatrixRule((role, sees) -> role == null ? 401 : role != Role.CLERK ? 403 : sees ? ok : 403);
    }

    /**
     * Only these roles, and the answer does not depend on the target (it names no dossier, or the request is refused
     * before any dossier is read).
     */
    static MatrixRule staff(int ok, Role... allowed) {
        Set<Role> roles = EnumSet.copyOf(Arrays.asList(allowed));
        return new MatrixRule((role, sees) -> role == null ? 401 : roles.contains(role) ? ok : 403);
    }

    static MatrixRule admins(int ok) {
        return new MatrixRule((role, sees) -> role == null ? 401 : role == Role.ADMIN ? ok : 403);
    }

    static Map.Entry<String, MatrixRule> row(String endpoint, MatrixRule rule) {
        return Map.entry(endpoint, rule);
    }

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(1);

    /** A dossier like the target (Mật, Hải Lăng) under a new code, so a clerk who may create it sees it. */
    static String newDossier() {
        return """
                {"code":"QT-LS-71%04d","title":"Hồ sơ liệt sĩ %s","category":"MARTYR","confidentiality":"CONFIDENTIAL",
                 "subject":{"fullName":"%s","birthYear":1947,"hometown":"%s"}}""".formatted(NEXT_CODE.getAndIncrement(), NAME, NAME, HOMETOWN);
    }

    private void awaitRecognition(ApiClient loader) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode page = ApiClient.json(loader.get("/api/dossiers/" + TARGET))
                    .get("pages")
                    .get(0);
            if (!page.get("status").asString().equals("PENDING")) {
                assertThat(page.get("status").asString()).isEqualTo("RECOGNIZED");
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("page of " + TARGET + " not recognised in time");
    }

    private static String usersFile() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        StringBuilder yaml = new StringBuilder("users:\n");
        yaml.append(
                "  - {username: loader, password: \"%s\", roles: [CLERK], clearance: TOP_SECRET}\n".formatted(hash));
        for (MatrixUser user : MatrixUser.all()) {
            if (user.role() != null) {
                yaml.append("  - {username: %s, password: \"%s\", roles: [%s], clearance: %s, jurisdiction: [\"%s\"]}\n"
                        .formatted(
                                user.name(),
                                hash,
                                user.role(),
                                user.cleared() ? "CONFIDENTIAL" : "UNCLASSIFIED",
                                user.inside() ? "Quảng Trị/Hải Lăng" : "Quảng Trị/Gio Linh"));
            }
        }
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("matrix-users.yml"), yaml).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
