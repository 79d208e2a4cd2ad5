package vn.hoso.ingest.bench.internal;

import static vn.hoso.ingest.bench.internal.People.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.hoso.ingest.bench.internal.People.Day;
import vn.hoso.ingest.bench.internal.People.Person;
import vn.hoso.ingest.bench.internal.Row.Columns;
import vn.hoso.ingest.bench.internal.Row.Gap;
import vn.hoso.ingest.bench.internal.Row.Line;
import vn.hoso.ingest.bench.internal.Row.Paragraph;
import vn.hoso.ingest.bench.internal.Row.Style;
import vn.hoso.ingest.bench.internal.Row.Tabbed;

/**
 * The documents of a dossier of a person with meritorious service, as provincial offices wrote them:
 * death notices, war-invalid certificates, allowance decisions, personal declarations, commune
 * confirmations and medical assessments. Every one names the person as {@code Họ và tên: …} so the
 * benchmark can check the name. Past 300 lines because most of it is word lists, one entry per line as the
 * formatter lays them out; the wording of the six kinds reads best side by side.
 */
final class FormTexts {

    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String REPUBLIC = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final List<String> RANKS = List.of("Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy");
    private static final List<String> ROLES =
            List.of("Chiến sĩ", "Tiểu đội trưởng", "Trung đội phó", "Y tá", "Liên lạc");
    private static final List<String> DEATHS =
            List.of("Chiến đấu", "Vận chuyển vũ khí", "Bị máy bay địch bắn phá", "Làm nhiệm vụ trinh sát");
    private static final List<String> WOUNDS = List.of(
            "Bị pháo địch bắn", "Vấp mìn khi làm nhiệm vụ", "Trúng đạn khi chiến đấu", "Bị bom địch đánh sập hầm");
    private static final List<String> ILLNESSES = List.of(
            "U lympho không Hodgkin, đã điều trị hóa chất",
            "Ung thư phổi",
            "Đái tháo đường type 2",
            "Bệnh Parkinson",
            "Thiếu máu cơ tim cục bộ");

    private FormTexts() {}

    /**
     * @param kind short name for the manifest ({@code giay_bao_tu})
     * @param type the document type as written ({@code Giấy báo tử})
     * @param category the dossier category code: LS, TB, HH
     */
    record Form(String kind, String type, String category, int year, List<Row> rows) {}

    static Form form(Random random, Person person) {
        return switch (random.nextInt(6)) {
            case 0 -> deathNotice(random, person);
            case 1 -> invalidCertificate(random, person);
            case 2 -> allowanceDecision(random, person);
            case 3 -> declaration(random, person);
            case 4 -> communeConfirmation(random, person);
            default -> medicalAssessment(random, person);
        };
    }

    private static Form deathNotice(Random random, Person person) {
        int year = Math.min(1975, Math.max(person.born().year() + 19, 1965) + random.nextInt(4));
        Day died = new Day(1 + random.nextInt(28), 1 + random.nextInt(12), year);
        List<Row> rows = header(
                List.of("BỘ QUỐC PHÒNG", "QUÂN KHU TRỊ THIÊN", number(random, "BT")),
                List.of("VIỆT NAM DÂN CHỦ CỘNG HÒA", MOTTO));
        rows.add(Line.centered("GIẤY BÁO TỬ", Style.TITLE));
        rows.add(Line.left("Trân trọng báo tin:"));
        rows.add(Line.left("Họ và tên: " + person.name()));
        rows.add(new Tabbed("Sinh năm: " + person.born().year(), "Giới tính: " + person.gender()));
        rows.add(Line.left("Nguyên quán: " + person.hometown()));
        rows.add(Line.left("Trú quán: " + person.residence()));
        rows.add(Line.left("Họ tên cha: " + person.father()));
        rows.add(Line.left("Họ tên mẹ: " + person.mother()));
        rows.add(Line.left("Nhập ngũ: tháng " + (1 + random.nextInt(12)) + " năm " + (year - 1 - random.nextInt(3))));
        rows.add(new Tabbed("Cấp bậc: " + pick(random, RANKS), "Chức vụ: " + pick(random, ROLES)));
        rows.add(Line.left("Đơn vị: " + person.unit()));
        rows.add(Line.left("Đã hy sinh: " + died.words()));
        rows.add(Line.left("Tại: " + person.place()));
        rows.add(Line.left("Trường hợp hy sinh: " + pick(random, DEATHS)));
        rows.add(new Paragraph(
                "Đồng chí " + person.name() + " đã chiến đấu dũng cảm, hy sinh anh dũng vì sự nghiệp "
                        + "giải phóng miền Nam, bảo vệ miền Bắc, thống nhất Tổ quốc. Đơn vị xin chia buồn cùng gia đình và "
                        + "đề nghị chính quyền địa phương giải quyết chế độ cho gia đình liệt sĩ.",
                true));
        Day issued = new Day(1 + random.nextInt(28), Math.min(12, died.month() + 1), year);
        rows.addAll(footer(
                List.of("Nơi nhận:", "- Gia đình liệt sĩ;", "- UBND " + person.commune() + ";", "- Lưu."),
                List.of(capitalised(issued.words()), "THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"),
                pick(random, RANKS.subList(3, 5)) + " " + People.name(random)));
        return new Form("giay_bao_tu", "Giấy báo tử", "LS", year, rows);
    }

    private static Form invalidCertificate(Random random, Person person) {
        int year = 1985 + random.nextInt(25);
        List<Row> rows = header(
                List.of("UBND TỈNH QUẢNG TRỊ", "SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"), List.of(REPUBLIC, MOTTO));
        rows.add(Line.centered("GIẤY CHỨNG NHẬN THƯƠNG BINH", Style.TITLE));
        rows.add(Line.centered(number(random, "GCN-LĐTBXH"), Style.REGULAR));
        rows.add(new Paragraph("Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị chứng nhận:", true));
        rows.add(Line.left("Họ và tên: " + person.name()));
        rows.add(Line.left("Sinh " + person.born().words()));
        rows.add(Line.left("Nguyên quán: " + person.hometown()));
        rows.add(Line.left("Trú quán: " + person.residence()));
        int enlisted = Math.max(1960, person.born().year() + 18);
        rows.add(Line.left("Nhập ngũ: tháng " + (1 + random.nextInt(12)) + " năm " + enlisted));
        rows.add(Line.left("Đơn vị khi bị thương: " + person.unit()));
        rows.add(Line.left(
                "Bị thương " + People.day(random, enlisted + 1, enlisted + 6).words() + " tại " + person.place()));
        rows.add(Line.left("Trường hợp bị thương: " + pick(random, WOUNDS)));
        rows.add(Line.left("Tỷ lệ thương tật: " + (21 + random.nextInt(60)) + "%"));
        rows.add(new Paragraph(
                "Là thương binh, được hưởng các chế độ ưu đãi đối với thương binh theo quy định của "
                        + "Nhà nước kể từ ngày 01 tháng " + (1 + random.nextInt(12)) + " năm " + year + ".",
                true));
        rows.addAll(footer(
                List.of(),
                List.of("Quảng Trị, " + People.day(random, year, year).words(), "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                People.name(random)));
        return new Form("gcn_thuong_binh", "Giấy chứng nhận thương binh", "TB", year, rows);
    }

    private static Form allowanceDecision(Random random, Person person) {
        int year = 2000 + random.nextInt(25);
        List<Row> rows = header(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", number(random, "QĐ-UBND")), List.of(REPUBLIC, MOTTO, ""));
        rows.add(Line.centered("QUYẾT ĐỊNH", Style.TITLE));
        rows.add(Line.centered("Về việc trợ cấp ưu đãi đối với người có công với cách mạng", Style.BOLD));
        rows.add(Line.centered("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", Style.BOLD));
        rows.add(new Paragraph(
                "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09 "
                        + "tháng 12 năm 2020;",
                true));
        rows.add(new Paragraph("Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội,", true));
        rows.add(Line.centered("QUYẾT ĐỊNH:", Style.BOLD));
        rows.add(Line.left("Điều 1. Trợ cấp hằng tháng đối với:"));
        rows.add(Line.left("Họ và tên: " + person.name()));
        rows.add(new Tabbed("Năm sinh: " + person.born().year(), "Giới tính: " + person.gender()));
        rows.add(Line.left("Quê quán: " + person.hometown()));
        rows.add(Line.left("Mức trợ cấp: " + money(random) + " đồng/tháng, kể từ ngày 01 tháng 01 năm " + year + "."));
        rows.add(new Paragraph(
                "Điều 2. Giám đốc Sở Lao động - Thương binh và Xã hội, Chủ tịch UBND huyện "
                        + person.district() + " và " + person.title().toLowerCase(Locale.ROOT) + " " + person.name()
                        + " chịu trách nhiệm thi hành Quyết định này.",
                true));
        rows.addAll(footer(
                List.of("Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."),
                List.of("Quảng Trị, " + People.day(random, year, year).words(), "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                People.name(random)));
        return new Form("qd_tro_cap", "Quyết định về việc trợ cấp", "TB", year, rows);
    }

    private static Form declaration(Random random, Person person) {
        int year = 2005 + random.nextInt(20);
        Day born = person.born();
        List<Row> rows = new ArrayList<>(List.of(
                Line.centered(REPUBLIC, Style.BOLD),
                Line.centered(MOTTO, Style.BOLD),
                new Gap(0.6),
                Line.centered("BẢN KHAI CÁ NHÂN", Style.TITLE),
                new Paragraph(
                        "Đề nghị giải quyết chế độ đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học",
                        false),
                Line.centered("I. THÔNG TIN NGƯỜI KHAI", Style.BOLD),
                Line.left("Họ và tên: " + person.name()),
                new Tabbed("Ngày tháng năm sinh: " + born.slashed(), "Nam/Nữ: " + person.gender()),
                new Tabbed(
                        "Số CCCD: " + citizenId(random, person),
                        "Ngày cấp: " + People.day(random, 2016, 2021).slashed()),
                Line.left("Nơi cấp: Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
                Line.left("Quê quán: " + person.hometown()),
                Line.left("Nơi thường trú: " + person.residence()),
                Line.centered("II. QUÁ TRÌNH HOẠT ĐỘNG KHÁNG CHIẾN", Style.BOLD)));
        int from = Math.max(1961, born.year() + 17);
        rows.add(Line.left("Thời gian: từ tháng " + (1 + random.nextInt(12)) + " năm " + from + " đến năm "
                + (from + 2 + random.nextInt(8))));
        rows.add(Line.left("Đơn vị: Tiểu đoàn " + (800 + random.nextInt(20)) + ", Bộ đội địa phương tỉnh Quảng Trị"));
        rows.add(Line.left("Địa bàn hoạt động: khu vực " + person.place()));
        rows.add(Line.left("Bệnh tật hiện nay: " + pick(random, ILLNESSES)));
        rows.add(Line.left("Số con đẻ bị dị dạng, dị tật: " + pick(random, List.of("Không", "01", "02"))));
        rows.add(new Paragraph(
                "Tôi xin cam đoan những nội dung khai trên là đúng sự thật, nếu sai tôi xin chịu trách "
                        + "nhiệm trước pháp luật.",
                true));
        rows.addAll(footer(
                List.of(),
                List.of(
                        person.district() + ", "
                                + People.day(random, year, year).words(),
                        "NGƯỜI KHAI",
                        "(Ký, ghi rõ họ và tên)"),
                person.name()));
        return new Form("ban_khai_ca_nhan", "Bản khai cá nhân", "HH", year, rows);
    }

    private static Form communeConfirmation(Random random, Person person) {
        int year = 1995 + random.nextInt(30);
        String commune = person.commune();
        List<Row> rows = header(
                List.of("ỦY BAN NHÂN DÂN", commune.toUpperCase(Locale.ROOT), number(random, "XN-UBND")),
                List.of(REPUBLIC, MOTTO));
        rows.add(Line.centered("GIẤY XÁC NHẬN", Style.TITLE));
        rows.add(new Paragraph(
                "Ủy ban nhân dân " + commune + ", huyện " + person.district() + ", tỉnh Quảng Trị xác nhận:", true));
        rows.add(Line.left("Họ và tên: " + person.name()));
        rows.add(new Tabbed("Sinh năm: " + person.born().year(), "Giới tính: " + person.gender()));
        rows.add(Line.left("Quê quán: " + person.hometown()));
        rows.add(Line.left("Nơi thường trú: " + person.residence()));
        rows.add(new Paragraph(
                person.title() + " " + person.name() + " hiện đang sinh sống tại địa phương, chấp hành "
                        + "tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.",
                true));
        rows.add(new Paragraph(
                "Là thân nhân của liệt sĩ " + People.name(random) + ", hy sinh "
                        + People.day(random, 1965, 1975).words() + " tại "
                        + pick(random, List.of("Cồn Tiên", "Dốc Miếu", "Khe Sanh", "Thành cổ Quảng Trị")) + ".",
                true));
        rows.add(new Paragraph(
                "Giấy xác nhận này cấp để " + person.title().toLowerCase(Locale.ROOT)
                        + " làm thủ tục hưởng chế độ ưu đãi theo quy định.",
                true));
        String place = commune.replaceFirst("^(xã|thị trấn) ", "");
        rows.addAll(footer(
                List.of("Nơi nhận:", "- Như trên;", "- Lưu: VP."),
                List.of(place + ", " + People.day(random, year, year).words(), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                People.name(random)));
        return new Form("xac_nhan_ubnd_xa", "Giấy xác nhận của UBND xã", "LS", year, rows);
    }

    private static Form medicalAssessment(Random random, Person person) {
        int year = 1980 + random.nextInt(20);
        List<Row> rows = header(
                List.of("SỞ Y TẾ QUẢNG TRỊ", "HỘI ĐỒNG GIÁM ĐỊNH Y KHOA", number(random, "BB-GĐYK")),
                List.of(REPUBLIC, MOTTO));
        rows.add(Line.centered("BIÊN BẢN GIÁM ĐỊNH THƯƠNG TẬT", Style.TITLE));
        rows.add(new Paragraph(
                "Hội đồng giám định y khoa tỉnh Quảng Trị họp "
                        + People.day(random, year, year).words() + " để khám giám định thương tật cho:",
                true));
        rows.add(Line.left("Họ và tên: " + person.name()));
        rows.add(new Tabbed("Sinh năm: " + person.born().year(), "Giới tính: " + person.gender()));
        rows.add(Line.left("Quê quán: " + person.hometown()));
        rows.add(Line.left("Đơn vị khi bị thương: " + person.unit()));
        rows.add(Line.left("Ngày bị thương: " + People.day(random, 1965, 1975).slashed()));
        rows.add(Line.left("Kết quả khám:"));
        rows.add(Line.left(
                "- Vết thương phần mềm vùng đùi phải, sẹo dài " + (3 + random.nextInt(12)) + " cm, dính cơ."));
        rows.add(Line.left("- Mảnh kim khí còn trong phần mềm cẳng chân trái."));
        rows.add(Line.left("Kết luận: Tỷ lệ tổn thương cơ thể do thương tật là " + (21 + random.nextInt(60)) + "%."));
        rows.add(new Gap(0.8));
        rows.add(new Columns("THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG", Style.BOLD, Style.BOLD, true));
        rows.add(new Columns("", "", Style.REGULAR, Style.REGULAR, true));
        rows.add(new Columns("", "", Style.REGULAR, Style.REGULAR, true));
        rows.add(new Columns(People.name(random), People.name(random), Style.BOLD, Style.BOLD, true));
        return new Form("bb_giam_dinh", "Biên bản giám định thương tật", "TB", year, rows);
    }

    /** The agency (left) and the national motto (right) side by side, then a gap. */
    private static List<Row> header(List<String> agency, List<String> motto) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(agency.size(), motto.size()); i++) {
            String left = i < agency.size() ? agency.get(i) : "";
            String right = i < motto.size() ? motto.get(i) : "";
            rows.add(new Columns(left, right, i == 1 ? Style.BOLD : Style.REGULAR, Style.BOLD, true));
        }
        rows.add(new Gap(0.8));
        return rows;
    }

    /** Recipients (left, small) beside the date, the signer's titles, room to sign and the signer's name. */
    private static List<Row> footer(List<String> recipients, List<String> titles, String signer) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Gap(0.5));
        List<String> right = new ArrayList<>(titles);
        right.addAll(List.of("", "", ""));
        right.add(signer);
        for (int i = 0; i < right.size(); i++) {
            String left = i < recipients.size() ? recipients.get(i) : "";
            Style rightStyle = i == 0 ? Style.ITALIC : Style.BOLD;
            rows.add(new Columns(left, right.get(i), i == 0 ? Style.SMALL_BOLD : Style.SMALL, rightStyle, false));
        }
        return rows;
    }

    private static String number(Random random, String symbol) {
        return "Số: " + (1 + random.nextInt(2999)) + "/" + symbol;
    }

    private static String money(Random random) {
        int thousands = 1500 + random.nextInt(2500);
        return String.format(Locale.ROOT, "%d.%03d.000", thousands / 1000, thousands % 1000);
    }

    /** 045 is Quảng Trị; then century and sex (0 a man, 1 a woman born in the 1900s), year, six digits. */
    private static String citizenId(Random random, Person person) {
        return String.format(
                Locale.ROOT,
                "045%d%02d%06d",
                person.male() ? 0 : 1,
                person.born().year() % 100,
                random.nextInt(1_000_000));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
