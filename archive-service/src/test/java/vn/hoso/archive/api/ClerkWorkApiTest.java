package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestUsers;
import vn.hoso.archive.demo.SamplePages;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.pipeline.PageFlag;

/**
 * A clerk's work on open dossiers over real HTTP: correcting the description, putting pages in order, turning,
 * withdrawing, replacing and reviewing pages, the review queue, and taking a dossier through review into the archive
 * with a second clerk's approval. Pages are really recognised by Tesseract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClerkWorkApiTest {

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

    @Autowired
    Dossiers dossiers;

    @Autowired
    PageStore store;

    ApiClient clerk() {
        return ApiClient.as(port, "clerk", TestUsers.PASSWORD);
    }

    /** A second clerk, cleared only to Mật (CONFIDENTIAL). */
    ApiClient clerk2() {
        return ApiClient.as(port, "clerk2", TestUsers.PASSWORD);
    }

    ApiClient officer() {
        return ApiClient.as(port, "officer", TestUsers.PASSWORD);
    }

    String open(String level, String name) {
        String code = "QT-CW-" + String.format("%05d", NEXT_CODE.getAndIncrement());
        HttpResponse<byte[]> created =
                clerk().postJson("/api/dossiers", ArchiveApiTest.dossierJson(code, "MARTYR", level, name));
        assertThat(created.statusCode()).isEqualTo(201);
        return code;
    }

    /** Opens a dossier whose pages are one multi-page TIFF, one page per line given, and waits for recognition. */
    JsonNode openWithPages(String level, String name, String... firstLines) throws InterruptedException {
        String code = open(level, name);
        List<java.awt.image.BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < firstLines.length; i++) {
            pages.add(SamplePages.render(
                    List.of("  " + firstLines[i], "", "Họ và tên: " + name, "Sinh năm: 1948"),
                    31L * i + name.hashCode()));
        }
        HttpResponse<byte[]> upload = clerk().upload(
                        pagesUrl(code),
                        List.of(new ApiClient.Part("ho-so.tif", "image/tiff", SamplePages.tiff(pages))));
        assertThat(upload.statusCode()).isEqualTo(202);
        return awaitRecognition(code);
    }

    /**
     * Opens a dossier with {@code count} zero-byte "scans": each is quarantined at once, without waiting for OCR,
     * which is all that page order and withdrawal need.
     */
    String openWithUnreadablePages(String name, int count) {
        String code = open("UNCLASSIFIED", name);
        List<ApiClient.Part> parts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            parts.add(new ApiClient.Part("rong-" + i + ".tif", "image/tiff", new byte[0]));
        }
        assertThat(clerk().upload(pagesUrl(code), parts).statusCode()).isEqualTo(202);
        return code;
    }

    JsonNode awaitRecognition(String code) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonNode dossier = ApiClient.json(clerk().get("/api/dossiers/" + code));
            if (dossier.get("progress").get("done").asBoolean() || Instant.now().isAfter(deadline)) {
                return dossier;
            }
            Thread.sleep(250);
        }
    }

    static String pagesUrl(String code) {
        return "/api/dossiers/" + code + "/pages";
    }

    static List<Integer> seqs(JsonNode dossier) {
        List<Integer> seqs = new ArrayList<>();
        dossier.get("pages").forEach(page -> seqs.add(page.get("seq").asInt()));
        return seqs;
    }

    static String problemType(HttpResponse<byte[]> response) {
        return ApiClient.json(response).get("type").asString();
    }

    static String correctionJson(long version, String title, String level, String name) {
        return """
                {"version":%d,"title":"%s","category":"MARTYR","confidentiality":"%s",
                 "subject":{"fullName":"%s","birthYear":1950,"hometown":"xã Triệu Phong, tỉnh Quảng Trị"}}
                """.formatted(version, title, level, name);
    }

    @Nested
    class CorrectingTheDescription {

        @Test
        void correctedNameIsShownAndFoundBySearch() {
            String code = open("UNCLASSIFIED", "Lê Văn Sai");
            long version = ApiClient.json(clerk().get("/api/dossiers/" + code))
                    .get("version")
                    .asLong();

            HttpResponse<byte[]> corrected = clerk().putJson(
                            "/api/dossiers/" + code,
                            correctionJson(version, "Hồ sơ liệt sĩ Lê Văn Đúng", "UNCLASSIFIED", "Lê Văn Đúng"));

            assertThat(corrected.statusCode()).isEqualTo(200);
            JsonNode dossier = ApiClient.json(corrected);
            assertThat(dossier.get("subject").get("fullName").asString()).isEqualTo("Lê Văn Đúng");
            assertThat(dossier.get("version").asLong()).isEqualTo(version + 1);
            assertThat(dossier.get("history").get(0).get("action").asString()).isEqualTo("METADATA_CORRECTED");
            JsonNode found = ApiClient.json(officer().get("/api/search?q=le+van+dung&size=50"));
            assertThat(found.get("hits").findValuesAsString("code")).contains(code);
        }

        @Test
        void correctionBasedOnAVersionBeforeAnotherCorrectionIsAConflict() {
            String code = open("UNCLASSIFIED", "Phan Văn Một");
            long version = ApiClient.json(clerk().get("/api/dossiers/" + code))
                    .get("version")
                    .asLong();
            clerk().putJson("/api/dossiers/" + code, correctionJson(version, "Hồ sơ A", "UNCLASSIFIED", "Phan Văn A"));

            HttpResponse<byte[]> stale = clerk2().putJson(
                            "/api/dossiers/" + code, correctionJson(version, "Hồ sơ B", "UNCLASSIFIED", "Phan Văn B"));

            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(problemType(stale)).isEqualTo("urn:hoso:problem:version-conflict");
            assertThat(ApiClient.json(clerk().get("/api/dossiers/" + code))
                            .get("title")
                            .asString())
                    .isEqualTo("Hồ sơ A");
        }

        @Test
        void correctionWithoutTheNameIsRefusedNamingTheField() {
            String code = open("UNCLASSIFIED", "Đỗ Văn Tên");

            HttpResponse<byte[]> refused =
                    clerk().putJson("/api/dossiers/" + code, correctionJson(1, "Hồ sơ", "UNCLASSIFIED", " "));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("subject.fullName");
        }

        @Test
        void correctionWithoutAVersionIsRefusedNamingTheField() {
            String code = open("UNCLASSIFIED", "Đỗ Văn Bản");

            HttpResponse<byte[]> refused = clerk().putJson("/api/dossiers/" + code, """
                    {"title":"Hồ sơ","category":"MARTYR","confidentiality":"UNCLASSIFIED",
                     "subject":{"fullName":"Đỗ Văn Bản"}}""");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("version");
        }

        @Test
        void clerkCannotRaiseTheClassificationAboveTheirClearance() {
            String code = open("UNCLASSIFIED", "Hà Văn Mật");

            HttpResponse<byte[]> refused =
                    clerk2().putJson("/api/dossiers/" + code, correctionJson(1, "Hồ sơ", "SECRET", "Hà Văn Mật"));

            assertThat(refused.statusCode()).isEqualTo(403);
        }

        @Test
        void officerCannotCorrectADossier() {
            String code = open("UNCLASSIFIED", "Vũ Văn Đọc");

            assertThat(officer()
                            .putJson("/api/dossiers/" + code, correctionJson(1, "X", "UNCLASSIFIED", "X"))
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Nested
    class ReviewAndApproval {

        @Test
        void secondClerkApprovesASubmittedDossierWhichIsThenArchivedAndFinal() throws Exception {
            String code = openWithPages("UNCLASSIFIED", "Trần Văn Duyệt", "GIẤY BÁO TỬ")
                    .get("code")
                    .asString();

            JsonNode submitted = ApiClient.json(clerk().postEmpty("/api/dossiers/" + code + "/submit"));
            HttpResponse<byte[]> approved = clerk2().postEmpty("/api/dossiers/" + code + "/approve");

            assertThat(submitted.get("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(submitted.get("submittedBy").asString()).isEqualTo("clerk");
            assertThat(approved.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(approved).get("status").asString()).isEqualTo("ARCHIVED");
            HttpResponse<byte[]> lateUpload = clerk().upload(
                            pagesUrl(code),
                            List.of(new ApiClient.Part("p.png", "image/png", ArchiveApiTest.pageOf("Trần Văn Duyệt"))));
            assertThat(lateUpload.statusCode()).isEqualTo(409);
            assertThat(problemType(lateUpload)).isEqualTo("urn:hoso:problem:dossier-not-editable");
        }

        @Test
        void clerkWhoSubmittedCannotApproveTheirOwnDossier() throws Exception {
            String code = openWithPages("UNCLASSIFIED", "Ngô Văn Tự", "GIẤY BÁO TỬ")
                    .get("code")
                    .asString();
            clerk().postEmpty("/api/dossiers/" + code + "/submit");

            HttpResponse<byte[]> refused = clerk().postEmpty("/api/dossiers/" + code + "/approve");

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(problemType(refused)).isEqualTo("urn:hoso:problem:second-clerk-required");
        }

        @Test
        void sentBackDossierIsADraftAgainWithTheReviewersNote() throws Exception {
            String code = openWithPages("UNCLASSIFIED", "Lý Văn Trả", "GIẤY BÁO TỬ")
                    .get("code")
                    .asString();
            clerk().postEmpty("/api/dossiers/" + code + "/submit");

            HttpResponse<byte[]> back = clerk2().postJson(
                            "/api/dossiers/" + code + "/send-back", "{\"note\":\"Thiếu trang 2 của giấy báo tử\"}");

            JsonNode dossier = ApiClient.json(back);
            assertThat(dossier.get("status").asString()).isEqualTo("DRAFT");
            JsonNode last = dossier.get("history").get(dossier.get("history").size() - 1);
            assertThat(last.get("action").asString()).isEqualTo("SENT_BACK");
            assertThat(last.get("note").asString()).isEqualTo("Thiếu trang 2 của giấy báo tử");
        }

        @Test
        void sendingBackWithoutANoteIsRefusedNamingTheField() {
            String code = open("UNCLASSIFIED", "Lý Văn Câm");

            HttpResponse<byte[]> refused = clerk().postJson("/api/dossiers/" + code + "/send-back", "{}");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("note");
        }

        @Test
        void dossierWithAQuarantinedPageCannotGoToReviewAndSaysWhichPage() throws Exception {
            String code = open("UNCLASSIFIED", "Mai Văn Hỏng");
            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("rong.tif", "image/tiff", new byte[0])));

            HttpResponse<byte[]> refused = clerk().postEmpty("/api/dossiers/" + code + "/submit");

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(problemType(refused)).isEqualTo("urn:hoso:problem:dossier-not-ready");
            assertThat(ApiClient.json(refused).get("problems").get(0).asString())
                    .isEqualTo("page 1 is QUARANTINED");
        }

        @Test
        void dossierWithoutPagesCannotGoToReview() {
            String code = open("UNCLASSIFIED", "Mai Văn Trống");

            assertThat(clerk().postEmpty("/api/dossiers/" + code + "/submit").statusCode())
                    .isEqualTo(409);
        }

        @Test
        void aDraftCannotBeApproved() {
            String code = open("UNCLASSIFIED", "Mai Văn Vội");

            HttpResponse<byte[]> refused = clerk2().postEmpty("/api/dossiers/" + code + "/approve");

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(problemType(refused)).isEqualTo("urn:hoso:problem:dossier-status-conflict");
        }

        @Test
        void officerCannotApprove() {
            String code = open("UNCLASSIFIED", "Mai Văn Quyền");

            assertThat(officer().postEmpty("/api/dossiers/" + code + "/approve").statusCode())
                    .isEqualTo(403);
        }
    }

    @Nested
    class PageWork {

        @Test
        void pagesTakeTheGivenReadingOrder() throws Exception {
            String code = openWithUnreadablePages("Đinh Văn Thứ", 3);

            HttpResponse<byte[]> reordered = clerk().putJson(pagesUrl(code) + "/order", "{\"seqs\":[3,1,2]}");

            assertThat(reordered.statusCode()).isEqualTo(200);
            assertThat(seqs(ApiClient.json(clerk().get("/api/dossiers/" + code))))
                    .containsExactly(3, 1, 2);
        }

        @Test
        void orderThatIsNotAPermutationOfThePagesIsRefusedNamingTheField() throws Exception {
            String code = openWithUnreadablePages("Đinh Văn Lộn", 2);

            HttpResponse<byte[]> refused = clerk().putJson(pagesUrl(code) + "/order", "{\"seqs\":[1,1]}");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("seqs");
        }

        @Test
        void withdrawnPageLeavesTheDossierButItsMasterIsKept() throws Exception {
            String code = openWithUnreadablePages("Đinh Văn Rút", 2);
            String sha256 = ApiClient.json(clerk().get("/api/dossiers/" + code))
                    .get("pages")
                    .get(1)
                    .get("sha256")
                    .asString();

            JsonNode after = ApiClient.json(clerk().delete(pagesUrl(code) + "/2"));

            assertThat(seqs(after)).containsExactly(1);
            assertThat(after.get("retiredPages").get(0).get("why").asString()).isEqualTo("WITHDRAWN");
            assertThat(after.get("retiredPages").get(0).get("sha256").asString())
                    .isEqualTo(sha256);
            assertThat(store.exists("dossiers/" + code + "/pages/2/master.bin")).isTrue();
            assertThat(clerk().get(pagesUrl(code) + "/2/original").statusCode()).isEqualTo(404);
        }

        @Test
        void pageNumbersOfWithdrawnPagesAreNeverHandedOutAgain() throws Exception {
            String code = open("UNCLASSIFIED", "Đinh Văn Số");
            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("a.tif", "image/tiff", new byte[0])));
            clerk().delete(pagesUrl(code) + "/1");

            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("b.tif", "image/tiff", new byte[0])));

            assertThat(seqs(ApiClient.json(clerk().get("/api/dossiers/" + code))))
                    .containsExactly(2);
        }

        @Test
        void turnedPageHasItsViewAndWordBoxesTurnedTogether() throws Exception {
            String code = openWithPages("UNCLASSIFIED", "Hồ Văn Xoay", "GIẤY BÁO TỬ")
                    .get("code")
                    .asString();
            JsonNode upright = ApiClient.json(officer().get(pagesUrl(code) + "/1/hits?q=xoay"));

            HttpResponse<byte[]> turned = clerk().putJson(pagesUrl(code) + "/1/rotation", "{\"turn\":90}");

            assertThat(turned.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(turned).get("pages").get(0).get("turn").asInt())
                    .isEqualTo(90);
            JsonNode sideways = ApiClient.json(officer().get(pagesUrl(code) + "/1/hits?q=xoay"));
            assertThat(sideways.get("width").asInt())
                    .isEqualTo(upright.get("height").asInt());
            JsonNode box = sideways.get("boxes").get(0);
            JsonNode was = upright.get("boxes").get(0);
            assertThat(box.get("x").asInt())
                    .isEqualTo(upright.get("height").asInt()
                            - was.get("y").asInt()
                            - was.get("height").asInt());
            java.awt.image.BufferedImage view = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    officer().get(pagesUrl(code) + "/1/view").body()));
            assertThat(view.getWidth()).isEqualTo(upright.get("height").asInt());
        }

        @Test
        void turnOtherThanAQuarterIsRefusedNamingTheField() throws Exception {
            String code = openWithUnreadablePages("Hồ Văn Nghiêng", 1);

            HttpResponse<byte[]> refused = clerk().putJson(pagesUrl(code) + "/1/rotation", "{\"turn\":45}");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("turn");
        }

        @Test
        void replacedScanIsRecognisedAgainAndThePreviousOneIsKept() throws Exception {
            String code = open("UNCLASSIFIED", "Quách Văn Thay");
            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("hong.tif", "image/tiff", new byte[0])));

            HttpResponse<byte[]> replaced = clerk().multipart(
                            "PUT",
                            pagesUrl(code) + "/1/master",
                            List.of(new ApiClient.Part(
                                    "tot.png", "image/png", ArchiveApiTest.pageOf("Quách Văn Thay"))));

            assertThat(replaced.statusCode()).isEqualTo(202);
            JsonNode dossier = awaitRecognition(code);
            assertThat(dossier.get("pages").get(0).get("status").asString()).isEqualTo("RECOGNIZED");
            assertThat(dossier.get("retiredPages").get(0).get("why").asString()).isEqualTo("REPLACED");
            assertThat(store.exists("dossiers/" + code + "/pages/1/master.bin")).isTrue();
            assertThat(store.exists("dossiers/" + code + "/pages/1/master-v2.png"))
                    .isTrue();
            assertThat(ApiClient.text(clerk().get(pagesUrl(code) + "/1/text"))).contains("Quách Văn Thay");
        }

        @Test
        void replacementWithSeveralPagesIsRefusedNamingTheField() throws Exception {
            String code = openWithUnreadablePages("Quách Văn Nhiều", 1);
            byte[] twoPages = SamplePages.tiff(
                    List.of(SamplePages.render(List.of("MỘT"), 1), SamplePages.render(List.of("HAI"), 2)));

            HttpResponse<byte[]> refused = clerk().multipart(
                            "PUT",
                            pagesUrl(code) + "/1/master",
                            List.of(new ApiClient.Part("hai.tif", "image/tiff", twoPages)));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("file");
        }

        @Test
        void pageThatNeedsReviewIsAcceptedAsItIsByAClerk() throws Exception {
            String code = openWithPages("UNCLASSIFIED", "Tạ Văn Mờ", "GIẤY BÁO TỬ")
                    .get("code")
                    .asString();
            dossiers.markRecognized(new DossierCode(code), 1, 38.0, List.of(PageFlag.LOW_CONFIDENCE), 0);

            HttpResponse<byte[]> reviewed = clerk().postEmpty(pagesUrl(code) + "/1/review");

            JsonNode page = ApiClient.json(reviewed).get("pages").get(0);
            assertThat(page.get("status").asString()).isEqualTo("RECOGNIZED");
            assertThat(page.get("reviewedBy").asString()).isEqualTo("clerk");
            assertThat(page.get("flags").get(0).asString()).isEqualTo("LOW_CONFIDENCE");
        }

        @Test
        void quarantinedPageCannotBeAcceptedAsReviewed() throws Exception {
            String code = openWithUnreadablePages("Tạ Văn Rõ", 1);

            HttpResponse<byte[]> refused = clerk().postEmpty(pagesUrl(code) + "/1/review");

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(problemType(refused)).isEqualTo("urn:hoso:problem:page-state-conflict");
        }

        @Test
        void missingPageIsNotFound() {
            String code = open("UNCLASSIFIED", "Tạ Văn Không");

            assertThat(clerk().delete(pagesUrl(code) + "/7").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class ReviewQueueAndClearance {

        @Test
        void queueListsQuarantinedPagesWithTheirReason() {
            String code = open("UNCLASSIFIED", "Cao Văn Hàng");
            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("rong.tif", "image/tiff", new byte[0])));

            JsonNode queue = ApiClient.json(clerk().get("/api/review?status=QUARANTINED"));

            JsonNode item = itemOf(queue, code);
            assertThat(item.get("page").get("status").asString()).isEqualTo("QUARANTINED");
            assertThat(item.get("page").get("reason").asString()).isNotBlank();
            assertThat(item.get("position").asInt()).isEqualTo(1);
        }

        @Test
        void queueNeverShowsADossierAboveTheClerksClearance() {
            String code = open("SECRET", "Cao Văn Kín");
            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("rong.tif", "image/tiff", new byte[0])));

            JsonNode seenByCleared = ApiClient.json(clerk().get("/api/review"));
            JsonNode seenByClerk2 = ApiClient.json(clerk2().get("/api/review"));

            assertThat(seenByCleared.get("items").findValuesAsString("code")).contains(code);
            assertThat(seenByClerk2.get("items").findValuesAsString("code")).doesNotContain(code);
            assertThat(clerk2().delete(pagesUrl(code) + "/1").statusCode()).isEqualTo(404);
            assertThat(clerk2().postEmpty("/api/dossiers/" + code + "/submit").statusCode())
                    .isEqualTo(404);
        }

        @Test
        void queueLeavesAPageOnceItIsWithdrawn() {
            String code = open("UNCLASSIFIED", "Cao Văn Bỏ");
            clerk().upload(pagesUrl(code), List.of(new ApiClient.Part("rong.tif", "image/tiff", new byte[0])));

            clerk().delete(pagesUrl(code) + "/1");

            JsonNode queue = ApiClient.json(clerk().get("/api/review"));
            assertThat(queue.get("items").findValuesAsString("code")).doesNotContain(code);
        }

        @Test
        void queueWithAnUnknownStatusIsRefusedNamingTheField() {
            HttpResponse<byte[]> refused = clerk().get("/api/review?status=RECOGNIZED");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("fields").get(0).asString()).isEqualTo("status");
        }

        @Test
        void officerHasNoReviewQueue() {
            assertThat(officer().get("/api/review").statusCode()).isEqualTo(403);
        }

        private JsonNode itemOf(JsonNode queue, String code) {
            for (JsonNode item : queue.get("items")) {
                if (item.get("code").asString().equals(code)) {
                    return item;
                }
            }
            throw new AssertionError(code + " is not in the queue: " + queue);
        }
    }
}
