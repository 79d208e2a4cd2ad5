package vn.hoso.archive.search;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.hoso.archive.search.SyntheticArchive.Person;

/**
 * The page texts of one synthetic dossier, as typed forms and letters of the kind these dossiers hold: a form
 * heading with the person's particulars (death notices, relatives' declarations, decisions, certificates,
 * verification minutes), then the running prose of such documents, naming witnesses, officials, units, battles and
 * dates, until the page holds about {@value #PAGE_CHARS} characters (about 1.5 KB).
 */
final class SyntheticPages {

    /** Characters of Vietnamese text that come to about 1.5 KB in UTF-8 (a letter with diacritics takes 2–3). */
    static final int PAGE_CHARS = 1160;

    private static final Locale VIETNAMESE = Locale.of("vi");

    private static final List<String> UNITS = List.of(
            "Trung đoàn 48, Sư đoàn 320",
            "Trung đoàn 66, Sư đoàn 304",
            "Tiểu đoàn 15, Trung đoàn 95",
            "Đại đội 2, Tiểu đoàn 8",
            "Trung đoàn 101, Sư đoàn 325",
            "Trung đoàn 18, Sư đoàn 325",
            "Sư đoàn 308",
            "Lữ đoàn 203 xe tăng",
            "Tiểu đoàn 1, Trung đoàn 52",
            "Trung đoàn 27, Mặt trận B5",
            "Đoàn 559",
            "Tiểu đoàn 3, Trung đoàn 24, Sư đoàn 10",
            "Sư đoàn 312",
            "Bộ đội địa phương tỉnh",
            "Đại đội 5, Tiểu đoàn 7, Trung đoàn 9");
    private static final List<String> BATTLEFIELDS = List.of(
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
            "mặt trận phía Nam",
            "Điện Biên Phủ",
            "Thành cổ Quảng Trị",
            "đường 9 Nam Lào",
            "Đắk Tô",
            "Cồn Tiên",
            "Dốc Miếu",
            "Campuchia");
    private static final List<String> RELATIONS =
            List.of("mẹ", "vợ", "cha", "con trai", "con gái", "em gái", "anh trai", "cháu nội");
    private static final List<String> RANKS =
            List.of("Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Chuẩn úy", "Thiếu úy", "Trung úy");
    private static final List<String> ROLES = List.of(
            "Chiến sĩ", "Tiểu đội trưởng", "Y tá", "Liên lạc", "Trung đội phó", "Pháo thủ", "Lái xe", "Chính trị viên");

    private static final List<String> HEADINGS = List.of("""
            QUÂN ĐỘI NHÂN DÂN VIỆT NAM
            GIẤY BÁO TỬ
            %UNIT% trân trọng báo tin: Đồng chí %NAME%, sinh năm %BIRTH%, quê quán %HOME%.
            Nhập ngũ năm %JOINED%. Cấp bậc: %RANK%. Chức vụ: %ROLE%. Đã hy sinh ngày %EVENT% tại %FIELD%
            trong khi làm nhiệm vụ chiến đấu bảo vệ Tổ quốc.
            """, """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            BẢN KHAI THÂN NHÂN NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG
            Họ và tên người khai: %RELATIVE%. Quan hệ với người có công: %RELATION%.
            Họ và tên người có công: %NAME%. Năm sinh: %BIRTH%. Nguyên quán: %HOME%.
            """, """
            ỦY BAN NHÂN DÂN TỈNH %PROVINCE_UPPER%
            Số: %DECISION%
            QUYẾT ĐỊNH về việc công nhận và giải quyết chế độ ưu đãi đối với người có công
            Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng; xét đề nghị của Giám đốc Sở Lao động - Thương
            binh và Xã hội, Điều 1. Công nhận %TITLE% %NAME%, sinh năm %BIRTH%, quê quán %HOME%.
            """, """
            GIẤY CHỨNG NHẬN BỊ THƯƠNG
            Chứng nhận đồng chí %NAME%, sinh năm %BIRTH%, đơn vị %UNIT%, bị thương ngày %EVENT% tại %FIELD%.
            Vết thương: mảnh đạn phần mềm, tỷ lệ tổn thương cơ thể %PERCENT%%%.
            """, """
            BIÊN BẢN XÁC MINH
            Hôm nay, tại trụ sở Ủy ban nhân dân %COMMUNE%, huyện %DISTRICT%, chúng tôi gồm có đại diện chính quyền,
            Hội Cựu chiến binh và gia đình, tiến hành xác minh trường hợp ông (bà) %NAME%, sinh năm %BIRTH%.
            """, """
            LÝ LỊCH TRÍCH NGANG
            Họ và tên: %NAME%. Tên gọi khác: %OTHER%. Sinh năm: %BIRTH%. Quê quán: %HOME%.
            Thành phần gia đình: bần nông. Vào Đảng ngày %JOINED_DATE%. Đơn vị khi đi B: %UNIT%.
            """);

    private static final List<String> PROSE = List.of(
            "Căn cứ hồ sơ lưu trữ tại %DISTRICT_OFFICE%, đồng chí %NAME% đã tham gia chiến đấu tại %FIELD2% năm %YEAR%.",
            "Người làm chứng: ông %WITNESS%, nguyên %ROLE2% cùng đơn vị, hiện cư trú tại %COMMUNE2%.",
            "Gia đình đã nhận được giấy báo tử do %UNIT2% gửi về ngày %DATE%.",
            "Bà %WITNESS_F%, %RELATION2% của liệt sĩ, xác nhận nội dung trên là đúng sự thật.",
            "Theo lời kể của đồng đội, đơn vị hành quân qua %FIELD2% vào mùa mưa năm %YEAR%, thiếu lương thực và thuốc men.",
            "Hài cốt đã được quy tập về nghĩa trang liệt sĩ %DISTRICT% ngày %DATE%.",
            "Ủy ban nhân dân %COMMUNE% đề nghị cấp trên xem xét giải quyết chế độ cho thân nhân theo quy định.",
            "Sở Lao động - Thương binh và Xã hội tỉnh %PROVINCE% đã thẩm định hồ sơ và đề nghị công nhận.",
            "Kèm theo hồ sơ gồm: giấy báo tử, bản khai thân nhân, biên bản họp hội đồng xác nhận người có công cấp xã.",
            "Trong trận đánh ngày %DATE% tại %FIELD2%, đồng chí %WITNESS% bị thương nặng, được đưa về trạm phẫu.",
            "Chữ ký của Chủ tịch Ủy ban nhân dân %COMMUNE% là ông %WITNESS%, đóng dấu ngày %DATE%.",
            "Trợ cấp một lần và trợ cấp hằng tháng được thực hiện kể từ ngày %DATE% theo Nghị định số %NUMBER%/NĐ-CP.",
            "Hội đồng giám định y khoa kết luận tỷ lệ suy giảm khả năng lao động %PERCENT%%%, do %CAUSE%.",
            "Đồng chí %WITNESS%, Chính trị viên %UNIT2%, xác nhận đồng chí đã chiến đấu dũng cảm, hoàn thành tốt nhiệm vụ.",
            "Năm %YEAR%, đơn vị được lệnh hành quân vào chiến trường %FIELD2%, tham gia chiến dịch giải phóng.",
            "Gia đình hiện sinh sống tại %COMMUNE2%, hoàn cảnh khó khăn, đề nghị được hưởng chế độ ưu đãi.",
            "Bản sao này được chứng thực từ bản chính tại Phòng Tư pháp huyện %DISTRICT% ngày %DATE%.",
            "Người khai ký tên: %WITNESS_F%. Xác nhận của Ủy ban nhân dân xã về chữ ký của người khai.",
            "Hồ sơ được lập thành ba bộ, một bộ lưu tại Sở, một bộ gửi Cục Người có công, một bộ lưu tại xã.",
            "Ông %WITNESS% khai rằng năm %YEAR% ông cùng nhập ngũ với đồng chí %NAME% tại huyện đội %DISTRICT%.",
            "Giấy tờ bị thất lạc trong chiến tranh, nay gia đình làm đơn đề nghị xác minh lại theo quy định.",
            "Bằng Tổ quốc ghi công số %NUMBER% do Thủ tướng Chính phủ cấp ngày %DATE%.",
            "Theo sổ quân nhân lưu tại %UNIT2%, đồng chí nhập ngũ tháng %MONTH% năm %YEAR%.",
            "Tình trạng hiện nay: mắc bệnh %CAUSE%, điều trị tại bệnh viện tỉnh %PROVINCE2% nhiều đợt.");
    private static final List<String> CAUSES = List.of(
            "di chứng vết thương cũ",
            "sốt rét ác tính",
            "nhiễm chất độc hóa học",
            "suy nhược thần kinh",
            "viêm phế quản mạn tính",
            "thoái hóa cột sống");
    private static final List<String> WITNESS_ROLES = List.of(
            "Tiểu đội trưởng", "Trung đội trưởng", "Đại đội phó", "y tá", "chiến sĩ liên lạc", "Chính trị viên phó");

    private final Person person;
    private final long pageSeed;

    SyntheticPages(Person person, SplittableRandom random) {
        this.person = person;
        this.pageSeed = random.nextLong();
    }

    /** Page {@code seq} of {@code total}: a form heading on the first page of each document, prose after. */
    String page(int seq, int total) {
        SplittableRandom random = new SplittableRandom(pageSeed + seq * 0x9E3779B97F4A7C15L);
        StringBuilder text = new StringBuilder(PAGE_CHARS + 300);
        if (seq == 1 || random.nextInt(4) == 0) {
            text.append(fill(HEADINGS.get(seq == 1 ? 0 : random.nextInt(HEADINGS.size())), random));
        }
        while (text.length() < PAGE_CHARS - 60) {
            text.append(fill(SyntheticNames.pick(random, PROSE), random)).append(random.nextInt(3) == 0 ? '\n' : ' ');
        }
        return text.append("Trang ").append(seq).append('/').append(total).toString();
    }

    private String fill(String template, SplittableRandom random) {
        StringBuilder out = new StringBuilder(template.length() + 100);
        int at = 0;
        while (true) {
            int open = template.indexOf('%', at);
            int close = open < 0 ? -1 : template.indexOf('%', open + 1);
            if (close < 0) {
                return out.append(template, at, template.length()).toString();
            }
            out.append(template, at, open);
            if (close == open + 1) {
                out.append('%');
            } else {
                out.append(slot(template.substring(open + 1, close), random));
            }
            at = close + 1;
        }
    }

    private String slot(String name, SplittableRandom random) {
        SyntheticNames.Commune home = person.hometown();
        return switch (name) {
            case "NAME" -> person.fullName();
            case "OTHER" -> person.otherName() == null ? "không" : person.otherName();
            case "BIRTH" -> Integer.toString(person.birthYear());
            case "HOME" -> home.written();
            case "PROVINCE" -> home.province();
            case "PROVINCE_UPPER" -> home.province().toUpperCase(VIETNAMESE);
            case "DISTRICT" -> home.district();
            case "COMMUNE" -> home.commune();
            case "DISTRICT_OFFICE" -> "Phòng Lao động - Thương binh và Xã hội huyện " + home.district();
            case "UNIT" -> person.unit();
            case "FIELD" -> person.eventPlace();
            case "EVENT" -> format(person.eventDate());
            case "JOINED" -> Integer.toString(Math.max(person.birthYear() + 18, 1945));
            case "JOINED_DATE" ->
                format(SyntheticArchive.day(
                        random, Math.max(person.birthYear() + 18, 1945), Math.max(person.birthYear() + 24, 1950)));
            case "RANK" -> SyntheticNames.pick(random, RANKS);
            case "ROLE" -> SyntheticNames.pick(random, ROLES);
            case "RELATIVE" -> person.relative();
            case "RELATION" -> person.relation();
            case "DECISION" -> person.decision();
            case "TITLE" -> person.female() ? "bà" : "ông";
            case "PERCENT" -> Integer.toString(21 + random.nextInt(70));
            case "WITNESS" -> SyntheticNames.fullName(random, false);
            case "WITNESS_F" -> SyntheticNames.fullName(random, true);
            case "ROLE2" -> SyntheticNames.pick(random, WITNESS_ROLES);
            case "RELATION2" -> SyntheticNames.pick(random, RELATIONS);
            case "FIELD2" -> SyntheticNames.pick(random, BATTLEFIELDS);
            case "UNIT2" -> SyntheticNames.pick(random, UNITS);
            case "COMMUNE2" -> SyntheticNames.commune(random).written();
            case "PROVINCE2" -> SyntheticNames.commune(random).province();
            case "YEAR" -> Integer.toString(1946 + random.nextInt(44));
            case "MONTH" -> Integer.toString(1 + random.nextInt(12));
            case "DATE" -> format(SyntheticArchive.day(random, 1946, 2020));
            case "NUMBER" -> Integer.toString(1 + random.nextInt(9999));
            case "CAUSE" -> SyntheticNames.pick(random, CAUSES);
            default -> throw new IllegalArgumentException("unknown slot " + name);
        };
    }

    private static String format(java.time.LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    static String unit(SplittableRandom random) {
        return SyntheticNames.pick(random, UNITS);
    }

    static String battlefield(SplittableRandom random) {
        return SyntheticNames.pick(random, BATTLEFIELDS);
    }

    static String relation(SplittableRandom random) {
        return SyntheticNames.pick(random, RELATIONS);
    }

    static String categoryName(String category) {
        return vn.hoso.archive.dossier.Category.valueOf(category).displayName();
    }

    static String statusName(String status) {
        return vn.hoso.archive.dossier.DossierStatus.valueOf(status).displayName();
    }

    /** The document types a dossier of this category holds. */
    static List<String> documentTypes(String category) {
        return switch (category) {
            case "MARTYR" -> List.of("Giấy báo tử", "Bản khai thân nhân", "Quyết định", "Biên bản xác minh");
            case "WAR_INVALID" -> List.of("Giấy chứng nhận bị thương", "Biên bản giám định y khoa", "Quyết định");
            case "HEROIC_MOTHER" -> List.of("Bản khai thân nhân", "Quyết định", "Giấy báo tử");
            default -> List.of("Lý lịch trích ngang", "Biên bản xác minh", "Quyết định");
        };
    }
}
