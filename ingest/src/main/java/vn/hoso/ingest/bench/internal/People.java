package vn.hoso.ingest.bench.internal;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up people of Quảng Trị province as dossiers describe them: names with their diacritics, dates,
 * communes and districts as written before the 2025 reorganisation, army units. Any resemblance to a
 * real person is chance.
 */
public final class People {

    private static final List<String> SURNAMES = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Huỳnh", "Trương", "Đinh", "Đoàn", "Lương", "Hà");
    private static final List<String> MALE_MIDDLE = List.of(
            "Văn", "Đình", "Hữu", "Đức", "Quang", "Xuân", "Bá", "Công", "Minh", "Ngọc", "Thanh", "Khắc", "Đăng",
            "Trọng", "Viết", "Văn", "Văn");
    private static final List<String> FEMALE_MIDDLE =
            List.of("Thị", "Thị", "Thị", "Thị Minh", "Thị Thanh", "Ngọc", "Thị Kim", "Thị Thu");
    private static final List<String> MALE_GIVEN = List.of(
            "Hùng", "Thường", "Lãm", "Mão", "Sơn", "Lực", "Dũng", "Tuấn", "Khánh", "Định", "Quý", "Toàn", "Thắng",
            "Lợi", "Phước", "Lộc", "Tâm", "Cường", "Nghĩa", "Thịnh", "Hưởng", "Hòa", "Kỷ", "Bảo", "Quyết", "Chiến",
            "Thuận", "Nhân", "Trung", "Ngữ", "Tưởng");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Hằng", "Huế", "Phượng", "Nguyệt", "Thủy", "Hoa", "Lan", "Hương", "Mai", "Liên", "Xuân", "Thảo", "Nhung",
            "Hạnh", "Cúc", "Lài", "Sương", "Tuyết", "Yến", "Loan", "Ngọ", "Dậu");
    private static final List<District> DISTRICTS = List.of(
            new District(
                    "Hải Lăng",
                    List.of(
                            "xã Hải An",
                            "xã Hải Ba",
                            "xã Hải Dương",
                            "xã Hải Quế",
                            "xã Hải Thượng",
                            "xã Hải Phú",
                            "xã Hải Lâm",
                            "xã Hải Sơn",
                            "xã Hải Chánh",
                            "thị trấn Diên Sanh")),
            new District(
                    "Triệu Phong",
                    List.of(
                            "xã Triệu Tài",
                            "xã Triệu Độ",
                            "xã Triệu Ái",
                            "xã Triệu Sơn",
                            "xã Triệu Thành",
                            "xã Triệu Trạch",
                            "xã Triệu Long",
                            "xã Triệu Giang",
                            "thị trấn Ái Tử")),
            new District(
                    "Gio Linh",
                    List.of(
                            "xã Gio Mỹ",
                            "xã Gio Hải",
                            "xã Gio Châu",
                            "xã Gio Quang",
                            "xã Gio Sơn",
                            "xã Gio An",
                            "xã Trung Sơn",
                            "xã Linh Trường",
                            "thị trấn Cửa Việt")),
            new District(
                    "Vĩnh Linh",
                    List.of(
                            "xã Vĩnh Thạch",
                            "xã Vĩnh Tú",
                            "xã Vĩnh Kim",
                            "xã Vĩnh Giang",
                            "xã Vĩnh Long",
                            "xã Vĩnh Thủy",
                            "xã Vĩnh Hòa",
                            "xã Vĩnh Lâm",
                            "thị trấn Hồ Xá")),
            new District(
                    "Cam Lộ",
                    List.of(
                            "xã Cam Thành",
                            "xã Cam Hiếu",
                            "xã Cam Tuyền",
                            "xã Cam Chính",
                            "xã Cam Nghĩa",
                            "xã Cam Thủy",
                            "thị trấn Cam Lộ")),
            new District(
                    "Hướng Hóa",
                    List.of(
                            "xã Tân Hợp",
                            "xã Hướng Phùng",
                            "xã Tân Liên",
                            "xã Tân Lập",
                            "xã Hướng Tân",
                            "xã Thuận",
                            "thị trấn Khe Sanh")),
            new District(
                    "Đakrông",
                    List.of(
                            "xã Ba Lòng",
                            "xã Tà Rụt",
                            "xã Triệu Nguyên",
                            "xã Hướng Hiệp",
                            "xã Mò Ó",
                            "thị trấn Krông Klang")));
    private static final List<String> HAMLETS = List.of(
            "thôn Mai Xá",
            "thôn An Lộng",
            "thôn Phú Kinh",
            "thôn Thượng Nguyên",
            "thôn Văn Quỹ",
            "thôn Xuân Mỹ",
            "thôn Hà Thượng",
            "thôn Tân Định",
            "thôn Long Hưng",
            "thôn Đông Dương",
            "thôn Nhan Biều",
            "khu phố 3",
            "khu phố 5",
            "thôn Bích La");
    private static final List<String> PLACES = List.of(
            "Mỹ Chánh",
            "Cồn Tiên",
            "Dốc Miếu",
            "Khe Sanh",
            "Đông Hà",
            "Thành cổ Quảng Trị",
            "đường 9",
            "Ba Lòng",
            "Cửa Việt",
            "La Vang",
            "Tà Cơn",
            "Làng Vây");

    private People() {}

    /** A commune of a district of Quảng Trị. */
    record District(String name, List<String> communes) {}

    /** A date as forms write it: {@code ngày 03 tháng 10 năm 1939}. */
    record Day(int day, int month, int year) {
        String words() {
            return String.format(Locale.ROOT, "ngày %02d tháng %d năm %d", day, month, year);
        }

        String slashed() {
            return String.format(Locale.ROOT, "%02d/%02d/%d", day, month, year);
        }
    }

    /**
     * @param hometown commune, district and province as written: {@code xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị}
     * @param residence the same with a hamlet in front
     * @param unit an army unit: {@code Đại đội 15, Tiểu đoàn 9, Trung đoàn 88}
     */
    public record Person(
            String name,
            boolean male,
            Day born,
            String commune,
            String district,
            String hometown,
            String residence,
            String father,
            String mother,
            String unit,
            String place) {

        String title() {
            return male ? "Ông" : "Bà";
        }

        String gender() {
            return male ? "Nam" : "Nữ";
        }
    }

    public static Person person(Random random) {
        boolean male = random.nextInt(10) < 8;
        String surname = pick(random, SURNAMES);
        String name = name(random, surname, male);
        Day born = day(random, 1920, 1955);
        District district = pick(random, DISTRICTS);
        String commune = pick(random, district.communes());
        String hometown = commune + ", huyện " + district.name() + ", tỉnh Quảng Trị";
        String residence = pick(random, HAMLETS) + ", " + hometown;
        String unit = String.format(
                Locale.ROOT,
                "Đại đội %d, Tiểu đoàn %d, Trung đoàn %d",
                1 + random.nextInt(20),
                1 + random.nextInt(15),
                1 + random.nextInt(120));
        return new Person(
                name,
                male,
                born,
                commune,
                district.name(),
                hometown,
                residence,
                name(random, surname, true),
                name(random, pick(random, SURNAMES), false),
                unit,
                pick(random, PLACES));
    }

    /** Someone else: a signing official or a witness. */
    static String name(Random random) {
        return name(random, pick(random, SURNAMES), random.nextInt(10) < 7);
    }

    private static String name(Random random, String surname, boolean male) {
        return surname + " " + pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                + pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
    }

    static Day day(Random random, int fromYear, int toYear) {
        int month = 1 + random.nextInt(12);
        return new Day(1 + random.nextInt(28), month, fromYear + random.nextInt(toYear - fromYear + 1));
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
