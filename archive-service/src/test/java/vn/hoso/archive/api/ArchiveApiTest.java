package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The first end-to-end path over real HTTP: a clerk opens a dossier and uploads scans, Tesseract recognises them,
 * an officer finds the person by a name typed without diacritics, an auditor gets the untouched original.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveApiTest {

    @TempDir
    static Path folder;

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(1);

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "2");
    }

    @LocalServerPort
    int port;

    ApiClient clerk() {
        return ApiClient.as(port, "clerk", TestUsers.PASSWORD);
    }

    ApiClient officer() {
        return ApiClient.as(port, "officer", TestUsers.PASSWORD);
    }

    static String newCode(String category) {
        return "QT-" + category + "-9" + String.format("%05d", NEXT_CODE.getAndIncrement());
    }

    static String dossierJson(String code, String category, String level, String name) {
        return """
                {"code":"%s","title":"Hồ sơ %s","category":"%s","confidentiality":"%s",
                 "subject":{"fullName":"%s","birthYear":1948,"hometown":"xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị"}}
                """.formatted(code, name, category, level, name);
    }

    static byte[] pageOf(String name) {
        return SamplePages.png(SamplePages.render(
                List.of(
                        "  GIẤY BÁO TỬ",
                        "",
                        "Họ và tên: " + name,
                        "Sinh năm: 1948",
                        "Quê quán: xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị",
                        "Đã hy sinh ngày 12 tháng 7 năm 1972"),
                name.hashCode()));
    }

    /** Polls the dossier until no page is pending; recognition runs in the background. */
    JsonNode awaitRecognition(ApiClient client, String code) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonNode dossier = ApiClient.json(client.get("/api/dossiers/" + code));
            boolean pending = false;
            for (JsonNode page : dossier.get("pages")) {
                pending |= page.get("status").asString().equals("PENDING");
            }
            if (!pending || Instant.now().isAfter(deadline)) {
                return dossier;
            }
            Thread.sleep(250);
        }
    }

    @Nested
    class ScanFindAndRead {

        @Test
        void uploadedPageIsRecognisedAndFoundByNameWithoutDiacritics() throws Exception {
            String code = newCode("LS");
            assertThat(clerk().postJson(
                                    "/api/dossiers", dossierJson(code, "MARTYR", "UNCLASSIFIED", "Nguyễn Văn Thường"))
                            .statusCode())
                    .isEqualTo(201);
            byte[] scan = pageOf("Nguyễn Văn Thường");

            HttpResponse<byte[]> upload = clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("giay-bao-tu.png", "image/png", scan)));
            assertThat(upload.statusCode()).isEqualTo(202);
            JsonNode page = awaitRecognition(clerk(), code).get("pages").get(0);
            assertThat(page.get("status").asString()).isEqualTo("RECOGNIZED");
            assertThat(page.get("ocrConfidence").asDouble()).isGreaterThan(50);

            String text = ApiClient.text(officer().get("/api/dossiers/" + code + "/pages/1/text"));
            assertThat(text).contains("Nguyễn Văn Thường");

            JsonNode hit = awaitPageHit(officer(), "/api/search?q=nguyen+van+thuong+hai+duong&size=50", code);
            assertThat(hit.get("fullName").asString()).isEqualTo("Nguyễn Văn Thường");
            assertThat(hit.get("pages").get(0).asInt()).isEqualTo(1);
        }

        @Test
        void multiPageTiffIsRecognisedPageByPageAndNoTemporaryCopyOutlivesItsUse() throws Exception {
            String code = newCode("LS");
            clerk().postJson("/api/dossiers", dossierJson(code, "MARTYR", "UNCLASSIFIED", "Lê Thị Hồng Gấm"));
            List<java.awt.image.BufferedImage> sheets = List.of(
                    SamplePages.render(List.of("Họ và tên: Lê Thị Hồng Gấm", "Trang một"), 1),
                    SamplePages.render(List.of("Quê quán: xã Hải Dương", "Trang hai"), 2),
                    SamplePages.render(List.of("Đã hy sinh năm 1972", "Trang ba"), 3));

            HttpResponse<byte[]> upload = clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("ho-so.tif", "image/tiff", SamplePages.tiff(sheets))));
            assertThat(upload.statusCode()).isEqualTo(202);
            JsonNode pages = awaitRecognition(clerk(), code).get("pages");

            assertThat(pages).hasSize(3);
            pages.forEach(page -> assertThat(page.get("status").asString()).isEqualTo("RECOGNIZED"));
            assertThat(ApiClient.text(officer().get("/api/dossiers/" + code + "/pages/2/text")))
                    .contains("Trang hai");
            Path tmp = folder.resolve("data").resolve("tmp");
            try (var uploads = java.nio.file.Files.list(tmp.resolve("uploads"))) {
                assertThat(uploads)
                        .as("spooled upload parts are deleted once stored")
                        .isEmpty();
            }
            try (var copies = java.nio.file.Files.list(tmp.resolve("masters"))) {
                assertThat(copies.count())
                        .as("local master copies stay bounded: two per worker")
                        .isLessThanOrEqualTo(4);
            }
        }

        @Test
        void hitBoxesMarkTheQueryOnThePageImage() throws Exception {
            String code = newCode("LS");
            clerk().postJson("/api/dossiers", dossierJson(code, "MARTYR", "UNCLASSIFIED", "Võ Văn Kiệt"));
            clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("p.png", "image/png", pageOf("Võ Văn Kiệt"))));
            awaitRecognition(clerk(), code);

            JsonNode hits = ApiClient.json(officer().get("/api/dossiers/" + code + "/pages/1/hits?q=vo+van+kiet"));

            assertThat(hits.get("width").asInt()).isPositive();
            List<String> marked = new java.util.ArrayList<>();
            hits.get("boxes").forEach(box -> {
                marked.add(box.get("text").asString());
                assertThat(box.get("x").asInt() + box.get("width").asInt())
                        .isLessThanOrEqualTo(hits.get("width").asInt());
            });
            assertThat(marked).contains("Võ", "Văn", "Kiệt");
        }

        @Test
        void facetsAndSuggestionsComeWithTheSearch() {
            String code = newCode("TB");
            clerk().postJson("/api/dossiers", dossierJson(code, "WAR_INVALID", "UNCLASSIFIED", "Phan Đình Phùng"));

            JsonNode results = ApiClient.json(officer().get("/api/search?q=phan+dinh+phung&sort=name"));
            JsonNode categories = results.get("facets").get("categories");
            assertThat(categories.get(0).get("value").asString()).isEqualTo("WAR_INVALID");
            assertThat(categories.get(0).get("label").asString()).isEqualTo("Thương binh");
            assertThat(results.get("facets")
                            .get("districts")
                            .get(0)
                            .get("value")
                            .asString())
                    .isEqualTo("Hải Lăng");

            JsonNode suggestions = ApiClient.json(officer().get("/api/search/suggest?prefix=phan+dinh+ph"));
            assertThat(suggestions.get(0).get("name").asString()).isEqualTo("Phan Đình Phùng");
        }

        @Test
        void advancedFormFieldsFilterTheSearch() {
            String code = newCode("TB");
            clerk().postJson("/api/dossiers", dossierJson(code, "WAR_INVALID", "UNCLASSIFIED", "Cao Bá Quát"));

            JsonNode inRange =
                    ApiClient.json(officer().get("/api/search?name=cao+ba+quat&birthYearFrom=1940&birthYearTo=1950"));
            JsonNode outOfRange =
                    ApiClient.json(officer().get("/api/search?name=cao+ba+quat&birthYearFrom=1950&birthYearTo=1960"));

            assertThat(inRange.get("total").asLong()).isEqualTo(1);
            assertThat(outOfRange.get("total").asLong()).isZero();
        }

        @Test
        void originalIsServedByteForByteWithItsDigest() throws Exception {
            String code = newCode("TB");
            clerk().postJson("/api/dossiers", dossierJson(code, "WAR_INVALID", "UNCLASSIFIED", "Trần Đình Hòa"));
            byte[] scan = SamplePages.tiff(List.of(
                    SamplePages.render(List.of("Họ và tên: Trần Đình Hòa"), 1),
                    SamplePages.render(List.of("Năm sinh: 1952"), 2)));
            JsonNode pages = ApiClient.json(clerk().upload(
                                    "/api/dossiers/" + code + "/pages",
                                    List.of(new ApiClient.Part("hoa.tif", "image/tiff", scan))))
                    .get("pages");
            assertThat(pages).hasSize(2);

            HttpResponse<byte[]> original = ApiClient.as(port, "auditor", TestUsers.PASSWORD)
                    .get("/api/dossiers/" + code + "/pages/2/original");

            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(Arrays.equals(original.body(), scan)).isTrue();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scan);
            assertThat(original.headers().firstValue("Repr-Digest"))
                    .hasValue("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");
            assertThat(original.headers().firstValue("Content-Type")).hasValue("image/tiff");
        }

        @Test
        void pageViewIsAJpegOnceRecognised() throws Exception {
            String code = newCode("BM");
            clerk().postJson("/api/dossiers", dossierJson(code, "HEROIC_MOTHER", "UNCLASSIFIED", "Lê Thị Thủy"));
            clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("p.png", "image/png", pageOf("Lê Thị Thủy"))));
            awaitRecognition(clerk(), code);

            HttpResponse<byte[]> view = officer().get("/api/dossiers/" + code + "/pages/1/view");

            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(view.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(Arrays.copyOf(view.body(), 2)).containsExactly(0xFF, 0xD8);
        }
    }

    @Test
    void fullDescriptionIsKeptAndShown() {
        String code = newCode("LS");
        HttpResponse<byte[]> created = clerk().postJson("/api/dossiers", """
                {"code":"%s","title":"Hồ sơ liệt sĩ Lê Văn Tâm","category":"MARTYR","confidentiality":"UNCLASSIFIED",
                 "subject":{"fullName":"Lê Văn Tâm","otherNames":["Lê Tâm"],"gender":"MALE",
                   "birthDate":"1950-03-02","hometown":"xã Vĩnh Thạch, huyện Vĩnh Linh, tỉnh Quảng Trị",
                   "citizenId":"045123456789"},
                 "legacyCodes":["LS-1975-0042"],
                 "decisions":[{"number":"1234/QĐ-UBND","date":"1976-05-12","issuer":"UBND tỉnh Quảng Trị"}],
                 "documents":[{"type":"Giấy báo tử","date":"1972-07-12","firstPage":1,"lastPage":1}],
                 "location":{"store":"Kho 1","shelf":"Giá 3","box":"Hộp 17"}}
                """.formatted(code));
        assertThat(created.statusCode()).isEqualTo(201);

        JsonNode dossier = ApiClient.json(officer().get("/api/dossiers/" + code));

        assertThat(dossier.get("subject").get("birthYear").asInt()).isEqualTo(1950);
        assertThat(dossier.get("subject").get("hometownPlace").get("district").asString())
                .isEqualTo("Vĩnh Linh");
        assertThat(dossier.get("decisions").get(0).get("number").asString()).isEqualTo("1234/QĐ-UBND");
        assertThat(dossier.get("location").get("box").asString()).isEqualTo("Hộp 17");
    }

    @Test
    void malformedCitizenIdIsRefusedNamingTheField() {
        HttpResponse<byte[]> response = clerk().postJson("/api/dossiers", """
                {"code":"%s","title":"x","category":"MARTYR","confidentiality":"UNCLASSIFIED",
                 "subject":{"fullName":"Lê Văn Tâm","citizenId":"04512345"}}
                """.formatted(newCode("LS")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("subject.citizenId");
    }

    @Nested
    class BadInput {

        @Test
        void corruptFilesAreQuarantinedWithReasonsAndTheGoodPageStillGoesThrough() throws Exception {
            String code = newCode("HH");
            clerk().postJson("/api/dossiers", dossierJson(code, "AGENT_ORANGE", "UNCLASSIFIED", "Phạm Văn Đức"));
            byte[] tiff = SamplePages.tiff(List.of(SamplePages.render(List.of("Phạm Văn Đức"), 3)));
            byte[] truncated = Arrays.copyOf(tiff, tiff.length / 3);

            HttpResponse<byte[]> upload = clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(
                                    new ApiClient.Part("empty.tif", "image/tiff", new byte[0]),
                                    new ApiClient.Part("truncated.tif", "image/tiff", truncated),
                                    new ApiClient.Part(
                                            "notes.tif",
                                            "image/tiff",
                                            "Đây là văn bản, không phải ảnh quét.".getBytes(StandardCharsets.UTF_8)),
                                    new ApiClient.Part("good.png", "image/png", pageOf("Phạm Văn Đức"))));
            assertThat(upload.statusCode()).isEqualTo(202);

            JsonNode pages = awaitRecognition(clerk(), code).get("pages");
            assertThat(pages).hasSize(4);
            for (int i = 0; i < 3; i++) {
                assertThat(pages.get(i).get("status").asString())
                        .as("page %d", i + 1)
                        .isEqualTo("QUARANTINED");
                assertThat(pages.get(i).get("reason").asString())
                        .as("page %d", i + 1)
                        .isNotBlank();
            }
            assertThat(pages.get(0).get("reason").asString()).containsIgnoringCase("empty");
            assertThat(pages.get(3).get("status").asString()).isEqualTo("RECOGNIZED");
        }

        @Test
        void everyKindOfUnreadableFileInOneBatchIsQuarantinedWithItsReasonAndTheRestGoesThrough() throws Exception {
            String code = newCode("HH");
            clerk().postJson("/api/dossiers", dossierJson(code, "AGENT_ORANGE", "UNCLASSIFIED", "Đặng Thị Mơ"));
            byte[] tiff = SamplePages.tiff(List.of(SamplePages.render(List.of("Đặng Thị Mơ"), 5)));

            HttpResponse<byte[]> upload = clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(
                                    new ApiClient.Part("rong.tif", "image/tiff", new byte[0]),
                                    new ApiClient.Part("dut.tif", "image/tiff", Arrays.copyOf(tiff, tiff.length / 2)),
                                    new ApiClient.Part(
                                            "mat-khau.pdf", "application/pdf", BadScans.passwordProtectedPdf()),
                                    new ApiClient.Part("bom.png", "image/png", BadScans.pngClaiming(60_000, 60_000)),
                                    new ApiClient.Part(
                                            "ghi-chu.jpg",
                                            "image/jpeg",
                                            "Ghi chú của cán bộ lưu trữ".getBytes(StandardCharsets.UTF_8)),
                                    new ApiClient.Part(
                                            "khong-trang.pdf", "application/pdf", BadScans.pdfWithoutPages()),
                                    new ApiClient.Part("tot.png", "image/png", pageOf("Đặng Thị Mơ"))));
            assertThat(upload.statusCode()).isEqualTo(202);

            JsonNode pages = awaitRecognition(clerk(), code).get("pages");
            assertThat(pages).hasSize(7);
            List<String> reasons = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                assertThat(pages.get(i).get("status").asString())
                        .as("page %d", i + 1)
                        .isEqualTo("QUARANTINED");
                reasons.add(pages.get(i).get("reason").asString());
            }
            assertThat(reasons.get(0)).containsIgnoringCase("empty");
            assertThat(reasons.get(1)).containsIgnoringCase("truncated");
            assertThat(reasons.get(2)).containsIgnoringCase("password");
            assertThat(reasons.get(3)).contains("60000 × 60000");
            assertThat(reasons.get(4)).contains("text/plain");
            assertThat(reasons.get(5)).containsIgnoringCase("no pages");
            assertThat(pages.get(6).get("status").asString()).isEqualTo("RECOGNIZED");

            // The workers are alive: the next upload is recognised as usual.
            clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("tot-2.png", "image/png", pageOf("Đặng Thị Mơ"))));
            assertThat(awaitRecognition(clerk(), code)
                            .get("pages")
                            .get(7)
                            .get("status")
                            .asString())
                    .isEqualTo("RECOGNIZED");
        }

        @Test
        void missingFieldIsRefusedNamingIt() {
            HttpResponse<byte[]> response = clerk().postJson(
                            "/api/dossiers",
                            "{\"code\":\"QT-LS-777777\",\"category\":\"MARTYR\",\"confidentiality\":\"UNCLASSIFIED\","
                                    + "\"subject\":{\"fullName\":\"Nguyễn Văn A\"}}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = ApiClient.json(response);
            assertThat(problem.get("type").asString()).endsWith("invalid-request");
            assertThat(problem.get("detail").asString()).contains("title");
        }

        @Test
        void unknownCategoryIsRefusedNamingTheField() {
            HttpResponse<byte[]> response = clerk().postJson(
                            "/api/dossiers", dossierJson(newCode("XX"), "PIRATE", "UNCLASSIFIED", "Nguyễn Văn B"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(response).get("detail").asString()).contains("category");
        }

        @Test
        void takenCodeIsAConflict() {
            String code = newCode("LS");
            clerk().postJson("/api/dossiers", dossierJson(code, "MARTYR", "UNCLASSIFIED", "Nguyễn Văn C"));

            HttpResponse<byte[]> again =
                    clerk().postJson("/api/dossiers", dossierJson(code, "MARTYR", "UNCLASSIFIED", "Nguyễn Văn C"));

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(ApiClient.json(again).get("type").asString()).endsWith("dossier-exists");
        }
    }

    @Nested
    class Security {

        @Test
        void anonymousCallerIsUnauthorised() {
            HttpResponse<byte[]> response = ApiClient.anonymous(port).get("/api/search?q=nguyen");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(ApiClient.json(response).get("type").asString()).endsWith("unauthenticated");
        }

        @Test
        void wrongPasswordIsUnauthorised() {
            assertThat(ApiClient.as(port, "officer", "wrong").get("/api/me").statusCode())
                    .isEqualTo(401);
        }

        @Test
        void officerCannotCreateADossier() {
            HttpResponse<byte[]> response = officer()
                    .postJson("/api/dossiers", dossierJson(newCode("LS"), "MARTYR", "UNCLASSIFIED", "Nguyễn Văn D"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(ApiClient.json(response).get("type").asString()).endsWith("access-denied");
        }

        @Test
        void officerCannotDownloadOriginals() {
            String code = newCode("LS");
            clerk().postJson("/api/dossiers", dossierJson(code, "MARTYR", "UNCLASSIFIED", "Nguyễn Văn E"));
            clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("x.bin", "application/octet-stream", new byte[0])));

            assertThat(officer()
                            .get("/api/dossiers/" + code + "/pages/1/original")
                            .statusCode())
                    .isEqualTo(403);
        }

        @Test
        void confidentialDossierIsInvisibleToAnOfficerWithoutClearance() throws Exception {
            String code = newCode("LS");
            String name = "Đặng Văn Khiêm";
            clerk().postJson("/api/dossiers", dossierJson(code, "MARTYR", "CONFIDENTIAL", name));
            clerk().upload(
                            "/api/dossiers/" + code + "/pages",
                            List.of(new ApiClient.Part("mat.png", "image/png", pageOf(name))));
            awaitRecognition(clerk(), code);

            JsonNode hidden = ApiClient.json(officer().get("/api/search?q=dang+van+khiem"));
            assertThat(hidden.get("total").asLong()).isZero();
            assertThat(hidden.get("hits")).isEmpty();
            for (String path : List.of("", "/pages/1/text", "/pages/1/view", "/pages/1/thumb")) {
                HttpResponse<byte[]> response = officer().get("/api/dossiers/" + code + path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(ApiClient.text(response)).as(path).doesNotContain("Khiêm");
            }

            ApiClient cleared = ApiClient.as(port, "cleared-officer", TestUsers.PASSWORD);
            JsonNode visible = ApiClient.json(cleared.get("/api/search?q=dang+van+khiem"));
            assertThat(visible.get("total").asLong()).isEqualTo(1);
            assertThat(cleared.get("/api/dossiers/" + code + "/pages/1/view").statusCode())
                    .isEqualTo(200);
        }

        @Test
        void clerkCannotClassifyAboveTheirOwnClearance() {
            HttpResponse<byte[]> response = clerk().postJson(
                            "/api/dossiers", dossierJson(newCode("LS"), "MARTYR", "TOP_SECRET", "Nguyễn Văn F"));

            assertThat(response.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void reindexRebuildsTheIndexFromStorageAlone() {
        String code = newCode("BB");
        clerk().postJson("/api/dossiers", dossierJson(code, "SICK_SOLDIER", "UNCLASSIFIED", "Hồ Sĩ Quyết"));
        ApiClient admin = ApiClient.as(port, "admin", TestUsers.PASSWORD);

        HttpResponse<byte[]> report = admin.postEmpty("/api/admin/reindex");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(report).get("indexed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(first(ApiClient.json(officer().get("/api/search?q=ho+si+quyet")), code))
                .isNotNull();
    }

    /**
     * The dossier's hit once it lists a matching page. The manifest says RECOGNIZED a moment before the index has
     * the page's text (indexing follows the manifest write), so a search right after may see the dossier alone.
     */
    private static JsonNode awaitPageHit(ApiClient client, String search, String code) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            JsonNode hit = first(ApiClient.json(client.get(search)), code);
            if (!hit.get("pages").isEmpty() || Instant.now().isAfter(deadline)) {
                return hit;
            }
            Thread.sleep(100);
        }
    }

    private static JsonNode first(JsonNode results, String code) {
        for (JsonNode hit : results.get("hits")) {
            if (hit.get("code").asString().equals(code)) {
                return hit;
            }
        }
        throw new AssertionError("no hit for " + code + " in " + results);
    }
}
