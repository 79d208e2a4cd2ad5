package vn.hoso.archive.search;

import static java.time.LocalDate.of;
import static vn.hoso.archive.search.FixtureArchive.AN_DAN;
import static vn.hoso.archive.search.FixtureArchive.CAM_THANH;
import static vn.hoso.archive.search.FixtureArchive.DIEN_HOA;
import static vn.hoso.archive.search.FixtureArchive.DIEN_HOA_QN;
import static vn.hoso.archive.search.FixtureArchive.DUC_HOA;
import static vn.hoso.archive.search.FixtureArchive.DUY_HOA;
import static vn.hoso.archive.search.FixtureArchive.GIAO_THIEN;
import static vn.hoso.archive.search.FixtureArchive.GIO_MY;
import static vn.hoso.archive.search.FixtureArchive.HAI_ANH;
import static vn.hoso.archive.search.FixtureArchive.HAI_DUONG;
import static vn.hoso.archive.search.FixtureArchive.HOAN_TRACH;
import static vn.hoso.archive.search.FixtureArchive.KIM_LIEN;
import static vn.hoso.archive.search.FixtureArchive.PHONG_HOA;
import static vn.hoso.archive.search.FixtureArchive.QUANG_THO;
import static vn.hoso.archive.search.FixtureArchive.QUANG_TRUNG;
import static vn.hoso.archive.search.FixtureArchive.SEN_THUY;
import static vn.hoso.archive.search.FixtureArchive.TAN_HOA;
import static vn.hoso.archive.search.FixtureArchive.THANH_HOA;
import static vn.hoso.archive.search.FixtureArchive.THIEN_LOC;
import static vn.hoso.archive.search.FixtureArchive.THUY_PHU;
import static vn.hoso.archive.search.FixtureArchive.TRIEU_AI;
import static vn.hoso.archive.search.FixtureArchive.VINH_THACH;
import static vn.hoso.archive.search.FixtureArchive.VO_NINH;

import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/** The dossiers the relevance queries look for, with the near-duplicates that compete with them. */
final class FixtureTargets {

    private FixtureTargets() {}

    static List<FixtureDossier> all() {
        return List.of(
                // Thường / Thương / Thưởng, and a second Nguyễn Văn Thường born later elsewhere
                FixtureDossier.of("QT-LS-000101", "Nguyễn Văn Thường", 1948, HAI_DUONG)
                        .service("Trung đoàn 27, Sư đoàn 320", "Trung sĩ", "Tiểu đội trưởng")
                        .event(of(1972, 3, 12), "điểm cao 544")
                        .relative("Nguyễn Thị Sen", "mẹ")
                        .decision("1234/QĐ-UBND", of(1974, 5, 10)),
                FixtureDossier.of("QT-LS-000102", "Nguyễn Văn Thương", 1952, GIO_MY)
                        .service("Tiểu đoàn 3, Sư đoàn 320", "Binh nhất", "Chiến sĩ")
                        .event(of(1968, 2, 21), "Cồn Tiên")
                        .relative("Lê Thị Gái", "mẹ"),
                FixtureDossier.of("QT-TB-000103", "Nguyễn Văn Thưởng", 1950, TRIEU_AI)
                        .category("WAR_INVALID")
                        .event(of(1971, 6, 2), "Khe Sanh")
                        .decision("567/QĐ-LĐTBXH", of(1976, 8, 15)),
                FixtureDossier.of("QT-LS-000104", "Nguyễn Văn Thường", 1955, VINH_THACH)
                        .event(of(1972, 9, 16), "Thành cổ Quảng Trị")
                        .relative("Trần Thị Nụ", "mẹ"),
                // Hoà (new style) / Hỏa / Hòa (old style)
                FixtureDossier.of("QB-LS-000105", "Lê Thị Hoà", 1950, SEN_THUY)
                        .female()
                        .service("Đại đội 552 thanh niên xung phong", "Đội viên", "Đội viên")
                        .event(of(1968, 10, 24), "ngầm Sen Thủy")
                        .relative("Lê Văn Cẩn", "cha")
                        .damaged(),
                FixtureDossier.of("QB-BB-000106", "Lê Thị Hỏa", 1947, HOAN_TRACH)
                        .female()
                        .category("SICK_SOLDIER")
                        .event(of(1970, 4, 4), "sốt rét ác tính, suy nhược cơ thể"),
                FixtureDossier.of("TTH-LS-000107", "Lê Văn Hòa", 1945, PHONG_HOA)
                        .event(of(1968, 2, 5), "mặt trận Huế")
                        .relative("Hồ Thị Xuyến", "vợ"),
                // Thuỷ / Thúy / Thùy
                FixtureDossier.of("NA-LS-000108", "Trần Thị Thuỷ", 1953, KIM_LIEN)
                        .female()
                        .service("Đội thanh niên xung phong C3", "Đội viên", "Đội viên")
                        .event(of(1972, 7, 27), "Truông Bồn"),
                FixtureDossier.of("HT-LS-000109", "Trần Thị Thúy", 1951, THIEN_LOC)
                        .female()
                        .event(of(1968, 7, 24), "ngã ba Đồng Lộc"),
                FixtureDossier.of("TB-TB-000110", "Trần Thị Thùy", 1956, TAN_HOA)
                        .female()
                        .category("WAR_INVALID")
                        .event(of(1975, 3, 10), "Buôn Ma Thuột"),
                // the same name in two provinces
                FixtureDossier.of("QT-LS-000111", "Lê Văn Tám", 1946, CAM_THANH).event(of(1967, 11, 3), "Dốc Miếu"),
                FixtureDossier.of("QN-LS-000112", "Lê Văn Tám", 1949, DIEN_HOA_QN)
                        .event(of(1969, 4, 30), "Gò Nổi"),
                FixtureDossier.of("TTH-LS-000113", "Đặng Văn Đức", 1950, QUANG_THO)
                        .ids("046050001234", null)
                        .event(of(1972, 5, 1), "Mỹ Chánh"),
                FixtureDossier.of("NA-BM-000114", "Bùi Thị Mai", 1915, DIEN_HOA)
                        .female()
                        .category("HEROIC_MOTHER")
                        .event(of(1994, 12, 17), "nuôi giấu cán bộ")
                        .decision("394/KT-CTN", of(1994, 12, 17))
                        .relative("Bùi Văn Hợi", "con trai"),
                FixtureDossier.of("TB-TB-000115", "Phạm Văn Đông", 1944, QUANG_TRUNG)
                        .category("WAR_INVALID")
                        .ids(null, "151234567")
                        .event(of(1966, 3, 8), "Plei Me"),
                FixtureDossier.of("ND-CD-000116", "Ngô Thị Minh Khuê", 1955, HAI_ANH)
                        .female()
                        .category("AGENT_ORANGE")
                        .event(of(1974, 1, 1), "chiến trường Trị Thiên"),
                FixtureDossier.of("QN-KC-000117", "Huỳnh Văn Nghĩa", 1940, DUY_HOA)
                        .category("RESISTANCE_PARTICIPANT")
                        .otherNames("Ba Nghĩa")
                        .event(of(1960, 1, 17), "phong trào Đồng khởi"),
                FixtureDossier.of("HT-LS-000118", "Trương Công Luyện", 1947, DUC_HOA)
                        .otherNames("Tư Luyện")
                        .event(of(1969, 8, 9), "Quảng Đà"),
                FixtureDossier.of("NA-LS-000119", "Đỗ Quang Khánh", 1951, THANH_HOA)
                        .service("Trung đoàn 24, Sư đoàn 10", "Hạ sĩ", "Chiến sĩ")
                        .event(of(1972, 4, 20), "Đắc Tô")
                        .relative("Đỗ Thị Dần", "em gái")
                        .damaged(),
                FixtureDossier.of("TTH-LS-000120", "Dương Văn Phúc", 1949, THUY_PHU)
                        .status("IN_REVIEW")
                        .event(of(1968, 1, 31), "cửa Thượng Tứ"),
                FixtureDossier.of("QB-LS-000121", "Mai Xuân Lộc", 1952, VO_NINH)
                        .status("DRAFT")
                        .event(of(1972, 6, 28), "sông Thạch Hãn"),
                FixtureDossier.of("ND-TB-000122", "Cao Thị Huệ", 1954, GIAO_THIEN)
                        .female()
                        .category("WAR_INVALID")
                        .event(of(1973, 2, 14), "đường 20 Quyết Thắng"),
                FixtureDossier.of("TB-BB-000123", "Đinh Văn Toàn", 1950, TAN_HOA)
                        .category("SICK_SOLDIER")
                        .event(of(1971, 9, 9), "bệnh tim mạch do chiến trường"),
                FixtureDossier.of("PY-LS-000124", "Lý Văn Sơn", 1948, AN_DAN)
                        .relative("Phạm Thị Lựu", "vợ")
                        .event(of(1970, 10, 10), "đèo Cả")
                        .damaged(),
                FixtureDossier.of("QT-LS-000125", "Hồ Sĩ Tuấn", 1950, CAM_THANH)
                        .service("Trung đoàn 64, Sư đoàn 320", "Trung sĩ", "Khẩu đội trưởng")
                        .event(of(1971, 3, 3), "Đường 9 - Nam Lào")
                        .decision("1588/QĐ-UBND", of(1979, 1, 9)),
                FixtureDossier.of("HT-LS-000126", "Phan Văn Cừ", 1947, THIEN_LOC)
                        .event(of(1968, 5, 5), "cổ thành Quảng Trị"),
                FixtureDossier.of("QN-LS-000127", "Võ Thị Sáu Em", 1952, DUY_HOA)
                        .female()
                        .event(of(1970, 2, 2), "núi Hòn Tàu"),
                FixtureDossier.of("ND-LS-000128", "Vũ Đình Khoa", 1953, GIAO_THIEN)
                        .event(of(1972, 8, 12), "Thành cổ")
                        .relative("Vũ Thị Nhạn", "mẹ"),
                FixtureDossier.of("QT-LS-000129", "Hoàng Văn Thuận", 1946, HAI_DUONG)
                        .event(of(1968, 9, 1), "Hải Lăng")
                        .relative("Hoàng Thị Thường", "vợ"),
                FixtureDossier.of("TTH-KC-000130", "Nguyễn Hữu Khiếu", 1938, PHONG_HOA)
                        .category("RESISTANCE_PARTICIPANT")
                        .otherNames("Bảy Khiếu", "Nguyễn Khiếu")
                        .event(of(1954, 7, 20), "kháng chiến chống Pháp"),
                // classified twins: they must never outrank or appear for an officer without clearance
                FixtureDossier.of("QT-LS-000901", "Nguyễn Văn Thường", 1948, HAI_DUONG)
                        .classified(Confidentiality.CONFIDENTIAL)
                        .decision("1234/QĐ-UBND", of(1974, 5, 10))
                        .event(of(1972, 3, 12), "điểm cao 544"),
                FixtureDossier.of("NA-LS-000902", "Trần Thị Thuỷ", 1953, KIM_LIEN)
                        .female()
                        .classified(Confidentiality.SECRET)
                        .event(of(1972, 7, 27), "Truông Bồn"));
    }
}
