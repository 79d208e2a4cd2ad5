package vn.hoso.archive.search;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.hoso.archive.search.FixtureDossier.Commune;
import vn.hoso.archive.search.internal.Terms;

/**
 * A provincial archive of people with meritorious service for relevance tests: named <em>targets</em> that the
 * relevance queries look for (near-duplicate names such as Thường/Thương/Thưởng, Hoà/Hòa/Hỏa, Thuỷ/Thúy/Thùy, the
 * same name in two communes or birth years, pages damaged by OCR, classified twins) among generated
 * <em>background</em> dossiers with realistic names, places and forms. The background never repeats a target's
 * name or its unique details, so each relevance query has one right answer.
 */
final class FixtureArchive {

    static final Commune HAI_DUONG = new Commune("Quảng Trị", "Hải Lăng", "xã Hải Dương");
    static final Commune GIO_MY = new Commune("Quảng Trị", "Gio Linh", "xã Gio Mỹ");
    static final Commune TRIEU_AI = new Commune("Quảng Trị", "Triệu Phong", "xã Triệu Ái");
    static final Commune VINH_THACH = new Commune("Quảng Trị", "Vĩnh Linh", "xã Vĩnh Thạch");
    static final Commune CAM_THANH = new Commune("Quảng Trị", "Cam Lộ", "xã Cam Thành");
    static final Commune SEN_THUY = new Commune("Quảng Bình", "Lệ Thủy", "xã Sen Thủy");
    static final Commune HOAN_TRACH = new Commune("Quảng Bình", "Bố Trạch", "xã Hoàn Trạch");
    static final Commune VO_NINH = new Commune("Quảng Bình", "Quảng Ninh", "xã Võ Ninh");
    static final Commune PHONG_HOA = new Commune("Thừa Thiên Huế", "Phong Điền", "xã Phong Hòa");
    static final Commune QUANG_THO = new Commune("Thừa Thiên Huế", "Quảng Điền", "xã Quảng Thọ");
    static final Commune THUY_PHU = new Commune("Thừa Thiên Huế", "Hương Thủy", "xã Thủy Phù");
    static final Commune KIM_LIEN = new Commune("Nghệ An", "Nam Đàn", "xã Kim Liên");
    static final Commune DIEN_HOA = new Commune("Nghệ An", "Diễn Châu", "xã Diễn Hoa");
    static final Commune THANH_HOA = new Commune("Nghệ An", "Thanh Chương", "xã Thanh Hòa");
    static final Commune THIEN_LOC = new Commune("Hà Tĩnh", "Can Lộc", "xã Thiên Lộc");
    static final Commune DUC_HOA = new Commune("Hà Tĩnh", "Đức Thọ", "xã Đức Hòa");
    static final Commune TAN_HOA = new Commune("Thái Bình", "Vũ Thư", "xã Tân Hòa");
    static final Commune QUANG_TRUNG = new Commune("Thái Bình", "Kiến Xương", "xã Quang Trung");
    static final Commune HAI_ANH = new Commune("Nam Định", "Hải Hậu", "xã Hải Anh");
    static final Commune GIAO_THIEN = new Commune("Nam Định", "Giao Thủy", "xã Giao Thiện");
    static final Commune DIEN_HOA_QN = new Commune("Quảng Nam", "Điện Bàn", "xã Điện Hòa");
    static final Commune DUY_HOA = new Commune("Quảng Nam", "Duy Xuyên", "xã Duy Hòa");
    static final Commune AN_DAN = new Commune("Phú Yên", "Tuy An", "xã An Dân");

    private static final List<Commune> COMMUNES = List.of(
            HAI_DUONG,
            GIO_MY,
            TRIEU_AI,
            VINH_THACH,
            CAM_THANH,
            SEN_THUY,
            HOAN_TRACH,
            VO_NINH,
            PHONG_HOA,
            QUANG_THO,
            THUY_PHU,
            KIM_LIEN,
            DIEN_HOA,
            THANH_HOA,
            THIEN_LOC,
            DUC_HOA,
            TAN_HOA,
            QUANG_TRUNG,
            HAI_ANH,
            GIAO_THIEN,
            DIEN_HOA_QN,
            DUY_HOA,
            AN_DAN);

    private static final List<String> FAMILIES = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trương", "Mai", "Cao");
    private static final List<String> MALE_MIDDLES =
            List.of("Văn", "Văn", "Văn", "Hữu", "Đình", "Xuân", "Quang", "Minh", "Đức", "Công", "Ngọc", "Thanh");
    private static final List<String> FEMALE_MIDDLES = List.of("Thị", "Thị", "Thị", "Thị Thu", "Thị Kim", "Thị Ngọc");
    private static final List<String> MALE_GIVEN = List.of(
            "Thường", "Thương", "Thưởng", "Hùng", "Dũng", "Cường", "Tâm", "Tám", "Bảy", "Hải", "Sơn", "Lâm", "Phúc",
            "Lộc", "Thọ", "Hòa", "Hoà", "Thuận", "Toàn", "Lợi", "Đức", "Minh", "Tuấn", "Hưng", "Bình", "An", "Khánh",
            "Nghĩa", "Trung", "Kiên", "Thắng", "Chiến");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Hoa", "Lan", "Hồng", "Thủy", "Thuỷ", "Hòa", "Hoà", "Nhung", "Mai", "Liên", "Hạnh", "Hương", "Xuân", "Loan",
            "Tuyết", "Cúc", "Đào", "Huệ", "Thúy", "Thùy");
    private static final List<String> UNITS = List.of(
            "Trung đoàn 48, Sư đoàn 320",
            "Trung đoàn 66, Sư đoàn 304",
            "Tiểu đoàn 15, Trung đoàn 95",
            "Đại đội 2, Tiểu đoàn 8",
            "Trung đoàn 101, Sư đoàn 325",
            "Trung đoàn 18, Sư đoàn 325",
            "Sư đoàn 308",
            "Lữ đoàn 203 xe tăng",
            "Tiểu đoàn 1, Trung đoàn 52");
    private static final List<String> PLACES = List.of(
            "Khe Sanh",
            "Tây Nguyên",
            "Bình Long",
            "Lộc Ninh",
            "đèo Hải Vân",
            "sông Thạch Hãn",
            "Plei Me",
            "Quảng Đà",
            "Bến Tre",
            "Tây Ninh",
            "Củ Chi",
            "Long An",
            "Xuân Lộc",
            "Buôn Ma Thuột",
            "biên giới phía Bắc",
            "Vị Xuyên",
            "mặt trận phía Nam");
    private static final List<String> RELATIONS = List.of("mẹ", "vợ", "cha", "con trai", "em gái");
    private static final List<String> CATEGORY_KEYS = List.of(
            "MARTYR",
            "MARTYR",
            "MARTYR",
            "WAR_INVALID",
            "WAR_INVALID",
            "SICK_SOLDIER",
            "HEROIC_MOTHER",
            "AGENT_ORANGE",
            "RESISTANCE_PARTICIPANT");

    private FixtureArchive() {}

    /** Targets first, then {@code backgroundCount} generated dossiers; the same list on every call. */
    static List<IndexedDossier> dossiers(int backgroundCount) {
        List<FixtureDossier> targets = FixtureTargets.all();
        Set<String> reserved = new HashSet<>();
        for (FixtureDossier target : targets) {
            reserved.add(Terms.key(target.fullName()));
            reserved.add(Terms.key(target.relative()));
            target.otherNames().forEach(name -> reserved.add(Terms.key(name)));
        }
        List<IndexedDossier> all = new ArrayList<>();
        targets.forEach(target -> all.add(target.indexed()));
        Random random = new Random(20_260_401L);
        for (int i = 0; i < backgroundCount; i++) {
            all.add(background(random, 500 + i, reserved).indexed());
        }
        return all;
    }

    private static FixtureDossier background(Random random, int number, Set<String> reserved) {
        boolean female = random.nextInt(4) == 0;
        String category = female && random.nextBoolean() ? "HEROIC_MOTHER" : pick(random, CATEGORY_KEYS);
        female |= category.equals("HEROIC_MOTHER");
        String name = freshName(random, female, reserved);
        Commune place = pick(random, COMMUNES);
        int birthYear = category.equals("HEROIC_MOTHER") ? 1900 + random.nextInt(25) : 1935 + random.nextInt(25);
        String code = "%s-%s-%06d".formatted(provinceCode(place.province()), categoryCode(category), number);
        FixtureDossier dossier = FixtureDossier.of(code, name, birthYear, place)
                .category(category)
                .status(random.nextInt(10) < 8 ? "ARCHIVED" : random.nextBoolean() ? "IN_REVIEW" : "DRAFT")
                .service(
                        pick(random, UNITS),
                        pick(random, List.of("Binh nhất", "Hạ sĩ", "Trung sĩ", "Thiếu úy")),
                        pick(random, List.of("Chiến sĩ", "Tiểu đội trưởng", "Y tá", "Liên lạc")))
                .event(randomDay(random, 1965, 1979), pick(random, PLACES))
                .relative(freshName(random, random.nextBoolean(), reserved), pick(random, RELATIONS))
                .decision(
                        "%d/QĐ-%s".formatted(2000 + random.nextInt(8000), random.nextBoolean() ? "UBND" : "LĐTBXH"),
                        randomDay(random, 1975, 2015));
        if (female) {
            dossier.female();
        }
        if (random.nextInt(5) == 0) {
            dossier.ids("0%02d%09d".formatted(30 + random.nextInt(60), random.nextInt(1_000_000_000)), null);
        }
        if (random.nextInt(4) == 0) {
            dossier.damaged();
        }
        return dossier;
    }

    private static String freshName(Random random, boolean female, Set<String> reserved) {
        while (true) {
            String name = pick(random, FAMILIES) + " " + pick(random, female ? FEMALE_MIDDLES : MALE_MIDDLES) + " "
                    + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
            if (!reserved.contains(Terms.key(name))) {
                return name;
            }
        }
    }

    private static String provinceCode(String province) {
        return switch (province) {
            case "Quảng Trị" -> "QT";
            case "Quảng Bình" -> "QB";
            case "Thừa Thiên Huế" -> "TTH";
            case "Nghệ An" -> "NA";
            case "Hà Tĩnh" -> "HT";
            case "Thái Bình" -> "TB";
            case "Nam Định" -> "ND";
            case "Quảng Nam" -> "QN";
            default -> "PY";
        };
    }

    private static String categoryCode(String category) {
        return switch (category) {
            case "MARTYR" -> "LS";
            case "WAR_INVALID" -> "TB";
            case "SICK_SOLDIER" -> "BB";
            case "HEROIC_MOTHER" -> "BM";
            case "AGENT_ORANGE" -> "CD";
            default -> "KC";
        };
    }

    private static LocalDate randomDay(Random random, int fromYear, int toYear) {
        return of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
