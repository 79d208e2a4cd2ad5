package vn.hoso.archive.demo;

import java.util.List;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.dossier.Category;
import vn.hoso.archive.dossier.NewDossier;

/** The sample archive of demo mode: a few dossiers of different categories, files and confidentiality levels. */
final class DemoDossiers {

    /** A demo dossier with its pages' lines and the file format its pages arrive in. */
    record Sample(NewDossier dossier, String format, List<List<String>> pages) {}

    private DemoDossiers() {}

    static List<Sample> all() {
        return List.of(
                new Sample(
                        dossier(
                                "QT-LS-000101",
                                "Hồ sơ liệt sĩ Nguyễn Văn Thường",
                                Category.MARTYR,
                                Confidentiality.UNCLASSIFIED,
                                "Nguyễn Văn Thường",
                                1948,
                                "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị"),
                        "tiff",
                        List.of(
                                deathNotice(
                                        "Nguyễn Văn Thường",
                                        "1948",
                                        "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị",
                                        "Mặt trận Quảng Trị",
                                        "12 tháng 7 năm 1972"),
                                commune("Nguyễn Văn Thường", "xã Hải Dương", "liệt sĩ", "2006"))),
                new Sample(
                        dossier(
                                "QT-TB-000102",
                                "Hồ sơ thương binh Trần Đình Hòa",
                                Category.WAR_INVALID,
                                Confidentiality.UNCLASSIFIED,
                                "Trần Đình Hòa",
                                1952,
                                "xã Triệu Tài, huyện Triệu Phong, tỉnh Quảng Trị"),
                        "png",
                        List.of(invalidCertificate("Trần Đình Hòa", "1952", "xã Triệu Tài, huyện Triệu Phong", "41%"))),
                new Sample(
                        dossier(
                                "QT-BM-000103",
                                "Hồ sơ Bà mẹ Việt Nam anh hùng Lê Thị Thủy",
                                Category.HEROIC_MOTHER,
                                Confidentiality.UNCLASSIFIED,
                                "Lê Thị Thủy",
                                1921,
                                "phường 2, thị xã Quảng Trị"),
                        "jpeg",
                        List.of(commune("Lê Thị Thủy", "phường 2", "Bà mẹ Việt Nam anh hùng", "2007"))),
                new Sample(
                        dossier(
                                "QT-HH-000104",
                                "Hồ sơ người hoạt động kháng chiến nhiễm chất độc hóa học" + " Phạm Văn Đức",
                                Category.AGENT_ORANGE,
                                Confidentiality.UNCLASSIFIED,
                                "Phạm Văn Đức",
                                1950,
                                "xã Vĩnh Thạch, huyện Vĩnh Linh, tỉnh Quảng Trị"),
                        "pdf",
                        List.of(commune(
                                "Phạm Văn Đức",
                                "xã Vĩnh Thạch",
                                "người hoạt động kháng chiến bị nhiễm chất độc" + " hóa học",
                                "2019"))),
                new Sample(
                        dossier(
                                "QT-LS-000105",
                                "Hồ sơ liệt sĩ Đặng Văn Thương",
                                Category.MARTYR,
                                Confidentiality.CONFIDENTIAL,
                                "Đặng Văn Thương",
                                1945,
                                "xã Gio An, huyện Gio Linh, tỉnh Quảng Trị"),
                        "png",
                        List.of(deathNotice(
                                "Đặng Văn Thương",
                                "1945",
                                "xã Gio An, huyện Gio Linh, tỉnh Quảng Trị",
                                "Đoàn 559",
                                "3 tháng 2 năm 1968"))));
    }

    private static NewDossier dossier(
            String code,
            String title,
            Category category,
            Confidentiality level,
            String name,
            int birthYear,
            String hometown) {
        return new NewDossier(code, title, category, level, new NewDossier.Person(name, birthYear, hometown));
    }

    private static List<String> deathNotice(String name, String born, String hometown, String unit, String date) {
        return List.of(
                "  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "  Độc lập - Tự do - Hạnh phúc",
                "",
                "  GIẤY BÁO TỬ",
                "",
                "Họ và tên: " + name,
                "Sinh năm: " + born,
                "Quê quán: " + hometown,
                "Đơn vị: " + unit,
                "Đã hy sinh ngày " + date,
                "trong khi làm nhiệm vụ chiến đấu bảo vệ Tổ quốc.",
                "Đề nghị chính quyền địa phương và gia đình",
                "thực hiện chế độ ưu đãi đối với liệt sĩ.",
                "",
                "  THỦ TRƯỞNG ĐƠN VỊ");
    }

    private static List<String> commune(String name, String commune, String kind, String year) {
        return List.of(
                "  ỦY BAN NHÂN DÂN " + commune.toUpperCase(java.util.Locale.ROOT),
                "",
                "  GIẤY XÁC NHẬN",
                "",
                "Ủy ban nhân dân " + commune + " xác nhận:",
                "Ông (bà): " + name,
                "là " + kind + ", hiện có hồ sơ lưu tại địa phương.",
                "Gia đình đã được hưởng chế độ theo quy định",
                "của Pháp lệnh ưu đãi người có công với cách mạng.",
                "",
                "Ngày 15 tháng 4 năm " + year,
                "  CHỦ TỊCH");
    }

    private static List<String> invalidCertificate(String name, String born, String hometown, String rate) {
        return List.of(
                "  BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                "",
                "  GIẤY CHỨNG NHẬN THƯƠNG BINH",
                "",
                "Họ và tên: " + name,
                "Năm sinh: " + born,
                "Nguyên quán: " + hometown,
                "Tỷ lệ suy giảm khả năng lao động: " + rate,
                "Được hưởng chế độ ưu đãi thương binh",
                "kể từ ngày 01 tháng 01 năm 1990.");
    }
}
