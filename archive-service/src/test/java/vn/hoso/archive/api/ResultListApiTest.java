package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.api.ResultListArchive.CLASSIFIED;
import static vn.hoso.archive.api.ResultListArchive.CLASSIFIED_TRACES;
import static vn.hoso.archive.api.ResultListArchive.FORMULAS;
import static vn.hoso.archive.api.ResultListArchive.MARTYR;
import static vn.hoso.archive.api.ResultListArchive.MARTYR_NAME;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Result lists over real HTTP: saved searches, exports to CSV and XLSX read back as a spreadsheet would, and what a
 * caller without clearance gets from every search surface (totals, facets, suggestions, snippets, hit boxes, exports)
 * when a classified dossier matches too. One class, longer than most, so that the three groups share one running
 * service and one recognised archive instead of starting three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultListApiTest {

    static final List<String> HEADERS = List.of(
            "Mã hồ sơ",
            "Tiêu đề",
            "Họ và tên",
            "Tên gọi khác",
            "Năm sinh",
            "Quê quán",
            "Diện đối tượng",
            "Trạng thái",
            "Mức mật",
            "Số trang",
            "Trang khớp");

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.ingest.workers", () -> "1");
        registry.add("hoso.export.max-rows", () -> "4");
        registry.add("hoso.saved-searches.max-per-user", () -> "3");
    }

    @LocalServerPort
    int port;

    ApiClient officer() {
        return ApiClient.as(port, "officer", TestUsers.PASSWORD);
    }

    ApiClient clearedOfficer() {
        return ApiClient.as(port, "cleared-officer", TestUsers.PASSWORD);
    }

    @BeforeEach
    void archive() throws InterruptedException {
        ResultListArchive.ensure(ApiClient.as(port, "clerk", TestUsers.PASSWORD));
    }

    static List<List<String>> rows(List<List<String>> table) {
        return table.subList(1, table.size());
    }

    @Nested
    class SavedSearches {

        static final String HAI_LANG = """
                {"name":"Liệt sĩ quê Hải Lăng","q":"giấy báo tử",
                 "filters":{"category":"MARTYR","district":"Hải Lăng","birthYearFrom":"1940"},"sort":"birth-year"}""";

        @Test
        void ownerSavesListsRunsRenamesAndDeletesASearch() {
            HttpResponse<byte[]> created = officer().postJson("/api/saved-searches", HAI_LANG);
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode saved = ApiClient.json(created);
            String id = saved.get("id").asString();
            assertThat(created.headers().firstValue("Location")).hasValue("/api/saved-searches/" + id);
            assertThat(saved.get("name").asString()).isEqualTo("Liệt sĩ quê Hải Lăng");
            assertThat(saved.get("filters").get("district").asString()).isEqualTo("Hải Lăng");
            assertThat(saved.get("sort").asString()).isEqualTo("birth-year");

            assertThat(ApiClient.json(officer().get("/api/saved-searches")).findValuesAsString("id"))
                    .contains(id);
            JsonNode run = ApiClient.json(
                    officer().get("/api/search?" + saved.get("query").asString()));
            assertThat(run.get("hits"))
                    .extracting(hit -> hit.get("code").asString())
                    .containsExactly(MARTYR);

            JsonNode renamed = ApiClient.json(
                    officer().putJson("/api/saved-searches/" + id, "{\"name\":\"Hải Lăng, sinh từ 1940\"}"));
            assertThat(renamed.get("name").asString()).isEqualTo("Hải Lăng, sinh từ 1940");
            assertThat(renamed.get("q").asString()).isEqualTo("giấy báo tử");

            assertThat(officer().delete("/api/saved-searches/" + id).statusCode())
                    .isEqualTo(204);
            HttpResponse<byte[]> gone = officer().get("/api/saved-searches/" + id);
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(ApiClient.json(gone).get("type").asString()).endsWith("saved-search-not-found");
        }

        @Test
        void anotherUserCannotSeeChangeOrDeleteIt() {
            String id = ApiClient.json(
                            officer().postJson("/api/saved-searches", "{\"name\":\"Của tôi\",\"q\":\"hoang\"}"))
                    .get("id")
                    .asString();
            ApiClient other = clearedOfficer();

            assertThat(ApiClient.json(other.get("/api/saved-searches")).findValuesAsString("id"))
                    .doesNotContain(id);
            assertThat(other.get("/api/saved-searches/" + id).statusCode()).isEqualTo(404);
            assertThat(other.putJson("/api/saved-searches/" + id, "{\"name\":\"Của tôi rồi\"}")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(other.delete("/api/saved-searches/" + id).statusCode()).isEqualTo(404);
            assertThat(ApiClient.json(officer().get("/api/saved-searches/" + id))
                            .get("name")
                            .asString())
                    .isEqualTo("Của tôi");
        }

        @Test
        void unknownFilterIsAProblemNamingIt() {
            HttpResponse<byte[]> response =
                    officer().postJson("/api/saved-searches", "{\"name\":\"Sai\",\"filters\":{\"shoeSize\":\"42\"}}");

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode problem = ApiClient.json(response);
            assertThat(problem.get("type").asString()).endsWith("invalid-request");
            assertThat(problem.get("fields").get(0).asString()).isEqualTo("filters.shoeSize");
        }

        @Test
        void nameLongerThanAllowedIsAProblemNamingIt() {
            HttpResponse<byte[]> response =
                    officer().postJson("/api/saved-searches", "{\"name\":\"" + "Tên rất dài ".repeat(20) + "\"}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(response).get("fields").get(0).asString()).isEqualTo("name");
        }

        @Test
        void oneSearchMoreThanTheLimitIsAConflict() {
            ApiClient admin = ApiClient.as(port, "admin", TestUsers.PASSWORD);
            for (int i = 1; i <= 3; i++) {
                assertThat(admin.postJson("/api/saved-searches", "{\"name\":\"Tìm " + i + "\"}")
                                .statusCode())
                        .isEqualTo(201);
            }

            HttpResponse<byte[]> fourth = admin.postJson("/api/saved-searches", "{\"name\":\"Tìm 4\"}");

            assertThat(fourth.statusCode()).isEqualTo(409);
            assertThat(ApiClient.json(fourth).get("type").asString()).endsWith("saved-search-limit");
        }

        @Test
        void savedSearchesNeedASignedInUser() {
            assertThat(ApiClient.anonymous(port).get("/api/saved-searches").statusCode())
                    .isEqualTo(401);
        }
    }

    @Nested
    class Csv {

        @Test
        void csvIsAnAttachmentWithVietnameseHeadersAndTextIntact() {
            HttpResponse<byte[]> response = officer().get("/api/search/export?format=csv&q=hoang+van+loi");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"ho-so-tim-kiem-" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                            + ".csv\"");
            List<List<String>> table = ExportFiles.csv(response.body());
            assertThat(table.getFirst()).containsExactlyElementsOf(HEADERS);
            assertThat(rows(table))
                    .containsExactly(List.of(
                            MARTYR,
                            "Hồ sơ " + MARTYR_NAME,
                            MARTYR_NAME,
                            "",
                            "1948",
                            "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị",
                            "Liệt sĩ",
                            "Nháp",
                            "Thường",
                            "1",
                            "1"));
        }

        @Test
        void cellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
            List<List<String>> table = ExportFiles.csv(officer()
                    .get("/api/search/export?format=csv&code=" + FORMULAS)
                    .body());

            List<String> row = rows(table).getFirst();
            assertThat(row.get(1)).isEqualTo("'@Hồ sơ thử");
            assertThat(row.get(2)).isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"Xem\")");
            assertThat(row.get(3)).isEqualTo("'+84 912 345 678; -Lê, \"Út\"");
        }

        @Test
        void aListLongerThanTheLimitIsCutAndItsLastRowSaysSo() {
            List<List<String>> table = ExportFiles.csv(officer()
                    .get("/api/search/export?format=csv&category=SICK_SOLDIER&sort=code")
                    .body());

            assertThat(rows(table)).hasSize(5);
            assertThat(rows(table).subList(0, 4))
                    .extracting(row -> row.get(0))
                    .containsExactly("QT-BB-810100", "QT-BB-810101", "QT-BB-810102", "QT-BB-810103");
            assertThat(table.getLast())
                    .singleElement()
                    .asString()
                    .startsWith("Danh sách đã bị cắt")
                    .contains("4 trong tổng số 5");
        }

        @Test
        void anEmptyListIsJustTheHeader() {
            List<List<String>> table = ExportFiles.csv(officer()
                    .get("/api/search/export?format=csv&q=khong+ai+co+ten+nay")
                    .body());

            assertThat(table).containsExactly(HEADERS);
        }
    }

    @Nested
    class Xlsx {

        @Test
        void workbookHoldsTheSameRowWithNumbersAsNumbers() {
            HttpResponse<byte[]> response = officer().get("/api/search/export?format=xlsx&q=hoang+van+loi");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(disposition -> assertThat(disposition).endsWith(".xlsx\""));
            List<List<String>> table = ExportFiles.xlsx(response.body());
            assertThat(table.getFirst()).containsExactlyElementsOf(HEADERS);
            assertThat(rows(table))
                    .containsExactly(List.of(
                            MARTYR,
                            "Hồ sơ " + MARTYR_NAME,
                            MARTYR_NAME,
                            "",
                            "1948",
                            "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị",
                            "Liệt sĩ",
                            "Nháp",
                            "Thường",
                            "1",
                            "1"));
            assertThat(ExportFiles.xlsxText(response.body())).contains("t=\"n\"><v>1948</v>", "Hải Lăng");
        }

        @Test
        void aListLongerThanTheLimitIsCutAndItsLastRowSaysSo() {
            List<List<String>> table = ExportFiles.xlsx(officer()
                    .get("/api/search/export?format=xlsx&category=SICK_SOLDIER")
                    .body());

            assertThat(rows(table)).hasSize(5);
            assertThat(table.getLast().getFirst()).contains("4 trong tổng số 5");
        }
    }

    @Nested
    class Refusals {

        @Test
        void unknownFormatIsAProblemAndNoFile() {
            HttpResponse<byte[]> response = officer().get("/api/search/export?format=pdf&q=hoang");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
            assertThat(ApiClient.json(response).get("type").asString()).endsWith("invalid-request");
        }

        @Test
        void exportNeedsASignedInUser() {
            assertThat(ApiClient.anonymous(port)
                            .get("/api/search/export?format=csv")
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    /**
     * The officer has no clearance for Mật; the cleared officer has, and shows each check would see the classified
     * dossier if it leaked.
     */
    @Nested
    class ClassifiedDossierLeavesNoTrace {

        @Test
        void exportsHoldNoRowNoCountAndNoWordOfIt() {
            byte[] csv = officer().get("/api/search/export?format=csv&q=hoang").body();
            byte[] xlsx =
                    officer().get("/api/search/export?format=xlsx&q=hoang").body();

            assertThat(rows(ExportFiles.csv(csv))).extracting(row -> row.get(0)).containsExactly(MARTYR);
            assertThat(rows(ExportFiles.xlsx(xlsx)))
                    .extracting(row -> row.get(0))
                    .containsExactly(MARTYR);
            assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain(CLASSIFIED_TRACES);
            assertThat(ExportFiles.xlsxText(xlsx)).doesNotContain(CLASSIFIED_TRACES);
            List<List<String>> cleared = ExportFiles.csv(
                    clearedOfficer().get("/api/search/export?q=hoang").body());
            assertThat(rows(cleared)).extracting(row -> row.get(0)).containsExactlyInAnyOrder(MARTYR, CLASSIFIED);
            assertThat(rows(cleared)).extracting(row -> row.get(8)).contains("Mật");
        }

        @Test
        void totalsAndFacetsCountOnlyWhatTheCallerMaySee() {
            HttpResponse<byte[]> response = officer().get("/api/search?q=hoang");
            JsonNode results = ApiClient.json(response);

            assertThat(results.get("total").asLong()).isEqualTo(1);
            assertThat(facetValues(results, "categories")).containsExactly("MARTYR");
            assertThat(facetValues(results, "provinces")).containsExactly("Quảng Trị");
            assertThat(facetValues(results, "birthDecades")).containsExactly("1940");
            assertThat(ApiClient.text(response)).doesNotContain(CLASSIFIED_TRACES);
            JsonNode cleared = ApiClient.json(clearedOfficer().get("/api/search?q=hoang"));
            assertThat(cleared.get("total").asLong()).isEqualTo(2);
            assertThat(facetValues(cleared, "categories")).contains("HEROIC_MOTHER");
        }

        @Test
        void suggestionsNeverOfferItsName() {
            HttpResponse<byte[]> response = officer().get("/api/search/suggest?prefix=hoang");

            assertThat(ApiClient.json(response).findValuesAsString("name")).containsExactly(MARTYR_NAME);
            assertThat(ApiClient.text(response)).doesNotContain(CLASSIFIED_TRACES);
            assertThat(ApiClient.json(clearedOfficer().get("/api/search/suggest?prefix=hoang"))
                            .findValuesAsString("name"))
                    .contains("Hoàng Thị Mười");
        }

        @Test
        void snippetsAndPageListsComeOnlyFromItsVisibleNeighbour() {
            HttpResponse<byte[]> response = officer().get("/api/search?q=%22gi%E1%BA%A5y+b%C3%A1o+t%E1%BB%AD%22");
            JsonNode results = ApiClient.json(response);

            assertThat(results.get("hits"))
                    .extracting(hit -> hit.get("code").asString())
                    .containsExactly(MARTYR);
            assertThat(results.get("hits").get(0).get("snippets").get(0).asString())
                    .contains("<mark>");
            assertThat(ApiClient.text(response)).doesNotContain(CLASSIFIED_TRACES);
            JsonNode cleared =
                    ApiClient.json(clearedOfficer().get("/api/search?q=%22gi%E1%BA%A5y+b%C3%A1o+t%E1%BB%AD%22"));
            assertThat(cleared.get("total").asLong()).isEqualTo(2);
        }

        @Test
        void hitBoxesOnItsPageAreNotFoundWithoutAWordOfIt() {
            HttpResponse<byte[]> response = officer().get("/api/dossiers/" + CLASSIFIED + "/pages/1/hits?q=hoang");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(ApiClient.json(response).get("type").asString()).endsWith("dossier-not-found");
            assertThat(ApiClient.text(response)).doesNotContain(CLASSIFIED_TRACES.subList(1, CLASSIFIED_TRACES.size()));
            HttpResponse<byte[]> cleared =
                    clearedOfficer().get("/api/dossiers/" + CLASSIFIED + "/pages/1/hits?q=hoang");
            assertThat(cleared.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(cleared).get("boxes")).isNotEmpty();
        }

        private static List<String> facetValues(JsonNode results, String facet) {
            List<String> values = new ArrayList<>();
            results.get("facets")
                    .get(facet)
                    .forEach(value -> values.add(value.get("value").asString()));
            return values;
        }
    }
}
