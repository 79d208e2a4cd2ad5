package vn.hoso.archive.search;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Vietnamese people and places for the synthetic benchmark archive, drawn with realistic skew: family names by their
 * share of the population (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, …), "Văn" and "Thị" as the usual middle names of the
 * war generation, given names by a Zipf-like rank, and one name in ten written in the old tone placement ("Hoà",
 * "Thuỷ") as typists of the time did. Places are provinces of the former North and Centre with real districts and
 * commune names of the kind found there.
 */
final class SyntheticNames {

    /** A commune with the district and province it belonged to when the documents were written. */
    record Commune(String province, String district, String commune) {

        String written() {
            return commune + ", huyện " + district + ", tỉnh " + province;
        }
    }

    private static final Weighted<String> FAMILIES = Weighted.of(
            "Nguyễn", 380, "Trần", 110, "Lê", 95, "Phạm", 71, "Hoàng", 41, "Huỳnh", 14, "Phan", 45, "Vũ", 24, "Võ", 15,
            "Đặng", 21, "Bùi", 20, "Đỗ", 14, "Hồ", 13, "Ngô", 13, "Dương", 10, "Lý", 5, "Đinh", 8, "Trương", 8, "Mai",
            5, "Cao", 5, "Đào", 5, "Lương", 4, "Hà", 5, "Tạ", 3, "Lâm", 3, "Chu", 2, "Thái", 2, "Tô", 2, "Kiều", 1,
            "Khúc", 1, "Quách", 1, "Triệu", 2, "Đoàn", 4, "Lưu", 3, "Tăng", 1);
    private static final Weighted<String> MALE_MIDDLES = Weighted.of(
            "Văn", 450, "Đình", 70, "Hữu", 70, "Đức", 60, "Công", 55, "Quang", 45, "Minh", 40, "Xuân", 45, "Ngọc", 35,
            "Thanh", 35, "Trọng", 25, "Bá", 20, "Viết", 20, "Khắc", 15, "Duy", 15, "Tiến", 15, "Như", 10, "Sỹ", 10,
            "Đăng", 10, "Kim", 8, "Phú", 8, "Thế", 15, "Mạnh", 10, "Anh", 8);
    private static final Weighted<String> FEMALE_MIDDLES = Weighted.of(
            "Thị",
            800,
            "Thị Thu",
            30,
            "Thị Kim",
            30,
            "Thị Ngọc",
            30,
            "Thị Thanh",
            30,
            "Ngọc",
            20,
            "Thu",
            20,
            "Kim",
            15,
            "Thanh",
            15,
            "Thị Minh",
            10);
    private static final Weighted<String> MALE_GIVEN = Weighted.ranked(
            "Hùng", "Dũng", "Thắng", "Minh", "Hải", "Sơn", "Tuấn", "Hưng", "Bình", "Cường", "Thành", "Long", "Nam",
            "Trung", "Quang", "Tâm", "Đức", "Hòa", "Phúc", "Lộc", "Thọ", "Thường", "Thương", "Chiến", "Kiên", "Toàn",
            "Lợi", "Nghĩa", "Khánh", "An", "Tám", "Bảy", "Sáu", "Tư", "Năm", "Lâm", "Thuận", "Vinh", "Tùng", "Hiền",
            "Châu", "Đông", "Tiến", "Phong", "Quý", "Khoa", "Huy", "Việt", "Hiếu", "Trí", "Thanh", "Tài", "Thủy", "Cẩn",
            "Khải", "Ngọ", "Tý", "Dần", "Mão", "Thìn", "Tỵ", "Hợi", "Mùi", "Chất", "Xuyên", "Quế", "Thạch", "Bổng",
            "Khuê", "Luận", "Lượng", "Nhượng", "Quyết", "Thuyết", "Độ", "Huấn", "Kỳ", "Thiệu", "Tụy");
    private static final Weighted<String> FEMALE_GIVEN = Weighted.ranked(
            "Hoa", "Lan", "Hồng", "Thủy", "Hòa", "Nhung", "Mai", "Liên", "Hạnh", "Hương", "Xuân", "Loan", "Tuyết",
            "Cúc", "Đào", "Huệ", "Thúy", "Thùy", "Nga", "Hằng", "Yến", "Vân", "Oanh", "Phượng", "Lý", "Nguyệt", "Thoa",
            "Gái", "Bé", "Tý", "Sen", "Nụ", "Lài", "Mận", "Chanh", "Hiên", "Khuyên", "Thắm", "Lựu", "Quế");

    private static final List<String> OLD_TONE_PLACEMENT =
            List.of("òa", "oà", "óa", "oá", "ỏa", "oả", "ủy", "uỷ", "úy", "uý", "ùy", "uỳ", "ụy", "uỵ");

    private static final List<Commune> COMMUNES = communes(
            "Quảng Trị",
            List.of("Hải Lăng", "Gio Linh", "Triệu Phong", "Vĩnh Linh", "Cam Lộ"),
            List.of(
                    "Hải Dương",
                    "Hải Thượng",
                    "Gio Mỹ",
                    "Gio An",
                    "Triệu Ái",
                    "Triệu Thành",
                    "Vĩnh Thạch",
                    "Vĩnh Tú",
                    "Cam Thành",
                    "Cam Hiếu"),
            "Quảng Bình",
            List.of("Lệ Thủy", "Bố Trạch", "Quảng Ninh", "Quảng Trạch"),
            List.of("Sen Thủy", "Hoàn Trạch", "Võ Ninh", "Quảng Hòa", "Phong Thủy", "Hải Trạch"),
            "Thừa Thiên Huế",
            List.of("Phong Điền", "Quảng Điền", "Hương Thủy", "Phú Vang"),
            List.of("Phong Hòa", "Quảng Thọ", "Thủy Phù", "Phú Thuận", "Phong Chương"),
            "Nghệ An",
            List.of("Nam Đàn", "Diễn Châu", "Thanh Chương", "Đô Lương", "Yên Thành", "Quỳnh Lưu"),
            List.of("Kim Liên", "Diễn Hoa", "Thanh Hòa", "Xuân Sơn", "Hợp Thành", "Quỳnh Đôi", "Nam Anh"),
            "Hà Tĩnh",
            List.of("Can Lộc", "Đức Thọ", "Hương Sơn", "Thạch Hà", "Cẩm Xuyên"),
            List.of("Thiên Lộc", "Đức Hòa", "Sơn Kim", "Thạch Kênh", "Cẩm Bình", "Tùng Ảnh"),
            "Thanh Hóa",
            List.of("Hoằng Hóa", "Hậu Lộc", "Thọ Xuân", "Nông Cống", "Tĩnh Gia"),
            List.of("Hoằng Đạo", "Hòa Lộc", "Xuân Lam", "Công Liêm", "Hải Thanh", "Nga Sơn"),
            "Thái Bình",
            List.of("Vũ Thư", "Kiến Xương", "Đông Hưng", "Quỳnh Phụ", "Thái Thụy"),
            List.of("Tân Hòa", "Quang Trung", "Đông Kinh", "An Ninh", "Thụy Hà", "Vũ Hội"),
            "Nam Định",
            List.of("Hải Hậu", "Giao Thủy", "Xuân Trường", "Ý Yên", "Nghĩa Hưng"),
            List.of("Hải Anh", "Giao Thiện", "Xuân Hồng", "Yên Thắng", "Nghĩa Lạc", "Hải Quang"),
            "Hải Dương",
            List.of("Cẩm Giàng", "Gia Lộc", "Kinh Môn", "Thanh Miện"),
            List.of("Cẩm Hưng", "Gia Tân", "An Sinh", "Ngũ Hùng", "Tân Trào"),
            "Quảng Nam",
            List.of("Điện Bàn", "Duy Xuyên", "Thăng Bình", "Núi Thành"),
            List.of("Điện Hòa", "Duy Hòa", "Bình Triều", "Tam Nghĩa", "Điện Thắng"),
            "Quảng Ngãi",
            List.of("Sơn Tịnh", "Tư Nghĩa", "Đức Phổ", "Bình Sơn"),
            List.of("Tịnh Khê", "Nghĩa Hiệp", "Phổ Cường", "Bình Châu"),
            "Phú Yên",
            List.of("Tuy An", "Sông Cầu", "Đồng Xuân"),
            List.of("An Dân", "An Ninh Đông", "Xuân Lộc", "Xuân Phước"),
            "Vĩnh Phúc",
            List.of("Lập Thạch", "Tam Dương", "Yên Lạc"),
            List.of("Tử Du", "Hợp Hòa", "Đồng Văn", "Liên Châu"),
            "Hưng Yên",
            List.of("Khoái Châu", "Kim Động", "Văn Lâm"),
            List.of("Đông Tảo", "Toàn Thắng", "Lạc Hồng", "Dạ Trạch"));

    private SyntheticNames() {}

    static String fullName(SplittableRandom random, boolean female) {
        String name = FAMILIES.pick(random) + " " + (female ? FEMALE_MIDDLES : MALE_MIDDLES).pick(random) + " "
                + (female ? FEMALE_GIVEN : MALE_GIVEN).pick(random);
        return random.nextInt(10) == 0 ? oldTonePlacement(name) : name;
    }

    static Commune commune(SplittableRandom random) {
        return COMMUNES.get(random.nextInt(COMMUNES.size()));
    }

    /** "Hòa" → "Hoà", "Thủy" → "Thuỷ": the same name as older typewritten forms place the tone mark. */
    static String oldTonePlacement(String name) {
        String result = name;
        for (int i = 0; i < OLD_TONE_PLACEMENT.size(); i += 2) {
            result = result.replace(OLD_TONE_PLACEMENT.get(i), OLD_TONE_PLACEMENT.get(i + 1));
        }
        return result;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Each province's districts crossed with its commune names: several communes per district, as in life. */
    private static List<Commune> communes(Object... provinceDistrictsCommunes) {
        List<Commune> all = new java.util.ArrayList<>();
        for (int i = 0; i < provinceDistrictsCommunes.length; i += 3) {
            String province = (String) provinceDistrictsCommunes[i];
            @SuppressWarnings("unchecked")
            List<String> districts = (List<String>) provinceDistrictsCommunes[i + 1];
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) provinceDistrictsCommunes[i + 2];
            for (int d = 0; d < districts.size(); d++) {
                for (int c = d % 2; c < names.size(); c += 2) {
                    all.add(new Commune(province, districts.get(d), "xã " + names.get(c)));
                }
            }
        }
        return List.copyOf(all);
    }

    /** Values with integer weights, picked in proportion to them. */
    record Weighted<T>(List<T> values, int[] cumulative) {

        @SuppressWarnings("unchecked")
        static <T> Weighted<T> of(Object... valueWeightPairs) {
            List<T> values = new java.util.ArrayList<>();
            int[] cumulative = new int[valueWeightPairs.length / 2];
            int sum = 0;
            for (int i = 0; i < valueWeightPairs.length; i += 2) {
                values.add((T) valueWeightPairs[i]);
                sum += (Integer) valueWeightPairs[i + 1];
                cumulative[i / 2] = sum;
            }
            return new Weighted<>(List.copyOf(values), cumulative);
        }

        /** Weight 1000 / (rank + 3): a few names very common, a long tail of rare ones. */
        @SafeVarargs
        static <T> Weighted<T> ranked(T... values) {
            Object[] pairs = new Object[values.length * 2];
            for (int i = 0; i < values.length; i++) {
                pairs[2 * i] = values[i];
                pairs[2 * i + 1] = 1000 / (i + 3);
            }
            return of(pairs);
        }

        T pick(SplittableRandom random) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextInt(cumulative[cumulative.length - 1]) + 1);
            return values.get(at >= 0 ? at : -at - 1);
        }
    }
}
