package vn.hoso.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.hoso.archive.demo.SamplePages;

/**
 * The archive the result-list tests search, made once per service through the API as a clerk would: a martyr's
 * dossier and a classified (Mật) heroic mother's dossier that share a family name and a page heading, each with one
 * recognised page; a war invalid whose fields look like spreadsheet formulas; and five sick soldiers, one more than
 * the export limit of those tests.
 */
final class ResultListArchive {

    static final String MARTYR = "QT-LS-810001";
    static final String MARTYR_NAME = "Hoàng Văn Lợi";
    static final String CLASSIFIED = "QT-BM-810002";
    static final String CLASSIFIED_NAME = "Hoàng Thị Mười";
    /** Words that occur only in the classified dossier: its code, name, hometown units and level. */
    static final List<String> CLASSIFIED_TRACES =
            List.of(CLASSIFIED, "Mười", "Muoi", "Nghệ An", "Diễn Châu", "Diễn Kỷ", "Mật", "HEROIC_MOTHER");

    static final String FORMULAS = "QT-TB-810003";
    static final String SICK_SOLDIERS = "SICK_SOLDIER";
    static final int SICK_SOLDIER_COUNT = 5;

    private static boolean made;

    private ResultListArchive() {}

    static synchronized void ensure(ApiClient clerk) throws InterruptedException {
        if (made) {
            return;
        }
        create(
                clerk,
                dossier(
                        MARTYR,
                        "MARTYR",
                        "UNCLASSIFIED",
                        MARTYR_NAME,
                        1948,
                        "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị"));
        create(
                clerk,
                dossier(
                        CLASSIFIED,
                        "HEROIC_MOTHER",
                        "CONFIDENTIAL",
                        CLASSIFIED_NAME,
                        1921,
                        "xã Diễn Kỷ, huyện Diễn Châu, tỉnh Nghệ An"));
        upload(clerk, MARTYR, MARTYR_NAME, "1948", "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị");
        upload(clerk, CLASSIFIED, CLASSIFIED_NAME, "1921", "xã Diễn Kỷ, huyện Diễn Châu, tỉnh Nghệ An");
        create(clerk, """
                {"code":"%s","title":"@Hồ sơ thử","category":"WAR_INVALID","confidentiality":"UNCLASSIFIED",
                 "subject":{"fullName":"=HYPERLINK(\\"http://x.invalid\\",\\"Xem\\")",
                   "otherNames":["+84 912 345 678","-Lê, \\"Út\\""],"hometown":"Huế"}}
                """.formatted(FORMULAS));
        String[] numbers = {"Một", "Hai", "Ba", "Bốn", "Năm"};
        for (int i = 0; i < SICK_SOLDIER_COUNT; i++) {
            create(
                    clerk,
                    dossier(
                            "QT-BB-81010" + i,
                            SICK_SOLDIERS,
                            "UNCLASSIFIED",
                            "Trương Văn " + numbers[i],
                            1950 + i,
                            "Huế"));
        }
        awaitRecognition(clerk, MARTYR);
        awaitRecognition(clerk, CLASSIFIED);
        made = true;
    }

    static String dossier(String code, String category, String level, String name, int born, String hometown) {
        return """
                {"code":"%s","title":"Hồ sơ %s","category":"%s","confidentiality":"%s",
                 "subject":{"fullName":"%s","birthYear":%d,"hometown":"%s"}}
                """.formatted(code, name, category, level, name, born, hometown);
    }

    private static void create(ApiClient clerk, String json) {
        var response = clerk.postJson("/api/dossiers", json);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
    }

    private static void upload(ApiClient clerk, String code, String name, String born, String hometown) {
        byte[] page = SamplePages.png(SamplePages.render(
                List.of(
                        "  GIẤY BÁO TỬ",
                        "",
                        "Họ và tên: " + name,
                        "Sinh năm: " + born,
                        "Quê quán: " + hometown,
                        "Đã hy sinh ngày 12 tháng 7 năm 1972"),
                name.hashCode()));
        var response = clerk.upload(
                "/api/dossiers/" + code + "/pages", List.of(new ApiClient.Part("giay-bao-tu.png", "image/png", page)));
        assertThat(response.statusCode()).isEqualTo(202);
    }

    private static void awaitRecognition(ApiClient clerk, String code) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode page = ApiClient.json(clerk.get("/api/dossiers/" + code))
                    .get("pages")
                    .get(0);
            if (page.get("status").asString().equals("RECOGNIZED")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("page 1 of " + code + " was not recognised in time");
    }
}
