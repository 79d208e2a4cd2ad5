package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.TestUsers;

/** The page views as an IIIF Image API service, over real HTTP, with pages really recognised by Tesseract. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IiifImageApiTest {

    private static final String OPEN = "QT-LS-970001";
    private static final String SECRET = "QT-LS-970002";

    @TempDir
    static Path folder;

    private static boolean archived;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
    }

    @LocalServerPort
    int port;

    ApiClient as(String user) {
        return ApiClient.as(port, user, TestUsers.PASSWORD);
    }

    @BeforeEach
    void archiveTwoDossiersOnce() throws InterruptedException {
        if (archived) {
            return;
        }
        archive(OPEN, "UNCLASSIFIED", "Nguyễn Văn Thường");
        archive(SECRET, "CONFIDENTIAL", "Đặng Văn Thương");
        archived = true;
    }

    private void archive(String code, String level, String name) throws InterruptedException {
        assertThat(as("clerk")
                        .postJson("/api/dossiers", ArchiveApiTest.dossierJson(code, "MARTYR", level, name))
                        .statusCode())
                .isEqualTo(201);
        assertThat(as("clerk")
                        .upload(
                                "/api/dossiers/" + code + "/pages",
                                List.of(new ApiClient.Part("page.png", "image/png", ArchiveApiTest.pageOf(name))))
                        .statusCode())
                .isEqualTo(202);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (ApiClient.json(as("clerk").get("/api/dossiers/" + code))
                .get("pages")
                .get(0)
                .get("status")
                .asString()
                .equals("PENDING")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static String iiif(String code) {
        return "/api/dossiers/" + code + "/pages/1/iiif";
    }

    private static BufferedImage image(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @Nested
    class ImageInformation {

        @Test
        void infoJsonDescribesTheViewAsALevelOneService() throws Exception {
            HttpResponse<byte[]> response = as("officer").get(iiif(OPEN) + "/info.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode info = ApiClient.json(response);
            BufferedImage view = image(as("officer").get("/api/dossiers/" + OPEN + "/pages/1/view"));

            assertThat(info.get("@context").asString()).isEqualTo("http://iiif.io/api/image/2/context.json");
            assertThat(info.get("@id").asString()).isEqualTo("http://localhost:" + port + iiif(OPEN));
            assertThat(info.get("protocol").asString()).isEqualTo("http://iiif.io/api/image");
            assertThat(info.get("width").asInt()).isEqualTo(view.getWidth());
            assertThat(info.get("height").asInt()).isEqualTo(view.getHeight());
            assertThat(info.get("profile").get(0).asString()).isEqualTo("http://iiif.io/api/image/2/level1.json");
            JsonNode tiles = info.get("tiles").get(0);
            assertThat(tiles.get("width").asInt()).isEqualTo(512);
            int largest = tiles.get("scaleFactors")
                    .get(tiles.get("scaleFactors").size() - 1)
                    .asInt();
            assertThat(Math.ceil((double) Math.max(view.getWidth(), view.getHeight()) / largest))
                    .isLessThanOrEqualTo(512);
        }

        @Test
        void theBaseAddressRedirectsToTheInformation() {
            HttpResponse<byte[]> response = as("officer").get(iiif(OPEN));
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location"))
                    .hasValue("http://localhost:" + port + iiif(OPEN) + "/info.json");
        }
    }

    @Nested
    class Tiles {

        @Test
        void aRegionScaledByWidthHasThatWidthAndTheRegionsAspect() throws Exception {
            BufferedImage tile = image(as("officer").get(iiif(OPEN) + "/100,200,400,300/200,/0/default.jpg"));
            assertThat(tile.getWidth()).isEqualTo(200);
            assertThat(tile.getHeight()).isEqualTo(150);
        }

        @Test
        void aRegionAtFullSizeKeepsItsPixels() throws Exception {
            BufferedImage tile = image(as("officer").get(iiif(OPEN) + "/0,0,512,512/max/0/default.jpg"));
            assertThat(tile.getWidth()).isEqualTo(512);
            assertThat(tile.getHeight()).isEqualTo(512);
        }

        @Test
        void aRegionReachingPastTheEdgeIsCutAtTheEdge() throws Exception {
            JsonNode info = ApiClient.json(as("officer").get(iiif(OPEN) + "/info.json"));
            int width = info.get("width").asInt();
            BufferedImage tile =
                    image(as("officer").get(iiif(OPEN) + "/" + (width - 100) + ",0,512,256/full/0/default.jpg"));
            assertThat(tile.getWidth()).isEqualTo(100);
            assertThat(tile.getHeight()).isEqualTo(256);
        }

        @Test
        void theWholePageFitsABoxKeepingItsAspect() throws Exception {
            JsonNode info = ApiClient.json(as("officer").get(iiif(OPEN) + "/info.json"));
            BufferedImage page = image(as("officer").get(iiif(OPEN) + "/full/!300,300/0/default.jpg"));
            assertThat(Math.max(page.getWidth(), page.getHeight())).isEqualTo(300);
            assertThat((double) page.getWidth() / page.getHeight())
                    .isCloseTo(
                            info.get("width").asDouble() / info.get("height").asDouble(),
                            org.assertj.core.data.Offset.offset(0.02));
        }

        @Test
        void anUnchangedTileRevalidatesWithNotModified() {
            HttpResponse<byte[]> first = as("officer").get(iiif(OPEN) + "/0,0,512,512/256,/0/default.jpg");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("private", "no-cache");

            HttpResponse<byte[]> again =
                    as("officer").get(iiif(OPEN) + "/0,0,512,512/256,/0/default.jpg", "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
        }

        @Test
        void unsupportedRotationIsABadRequest() {
            assertThat(as("officer")
                            .get(iiif(OPEN) + "/full/max/90/default.jpg")
                            .statusCode())
                    .isEqualTo(400);
        }

        @Test
        void aRegionOutsideThePageIsABadRequest() {
            assertThat(as("officer")
                            .get(iiif(OPEN) + "/90000,0,10,10/max/0/default.jpg")
                            .statusCode())
                    .isEqualTo(400);
        }
    }

    @Nested
    class Clearance {

        @Test
        void officerWithoutClearanceGetsNotFoundForInfoAndTiles() {
            assertThat(as("officer").get(iiif(SECRET) + "/info.json").statusCode())
                    .isEqualTo(404);
            assertThat(as("officer")
                            .get(iiif(SECRET) + "/full/256,/0/default.jpg")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(as("officer")
                            .get(iiif(SECRET) + "/full/256,/0/default.jpg")
                            .body()
                            .length)
                    .isLessThan(1000);
        }

        @Test
        void clearedOfficerGetsTheClassifiedPagesTiles() throws Exception {
            assertThat(as("cleared-officer").get(iiif(SECRET) + "/info.json").statusCode())
                    .isEqualTo(200);
            assertThat(image(as("cleared-officer").get(iiif(SECRET) + "/full/256,/0/default.jpg"))
                            .getWidth())
                    .isEqualTo(256);
        }

        @Test
        void aRevalidationWithAKnownTagStillChecksClearance() {
            String etag = as("cleared-officer")
                    .get(iiif(SECRET) + "/full/256,/0/default.jpg")
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
            assertThat(as("officer")
                            .get(iiif(SECRET) + "/full/256,/0/default.jpg", "If-None-Match", etag)
                            .statusCode())
                    .isEqualTo(404);
        }
    }
}
