package vn.hoso.archive.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hoso.archive.access.Confidentiality;

/**
 * One dossier of the fixture archive described as a clerk would catalogue it; {@link #indexed()} writes its pages
 * from {@link FixturePages} by category, as such dossiers hold them.
 */
final class FixtureDossier {

    static final Map<String, String> CATEGORIES = Map.of(
            "MARTYR", "Liệt sĩ",
            "WAR_INVALID", "Thương binh",
            "SICK_SOLDIER", "Bệnh binh",
            "HEROIC_MOTHER", "Bà mẹ Việt Nam anh hùng",
            "AGENT_ORANGE", "Người hoạt động kháng chiến bị nhiễm chất độc hóa học",
            "RESISTANCE_PARTICIPANT", "Người hoạt động kháng chiến giải phóng dân tộc");

    static final Map<String, String> STATUSES =
            Map.of("DRAFT", "Nháp", "IN_REVIEW", "Đang duyệt", "ARCHIVED", "Đã lưu trữ");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A commune with the district and province it belonged to. */
    record Commune(String province, String district, String commune) {}

    private record Decision(String number, LocalDate date) {}

    final String code;
    private final String fullName;
    private final int birthYear;
    private final Commune place;
    private String category = "MARTYR";
    private String status = "ARCHIVED";
    private boolean female;
    private List<String> otherNames = List.of();
    private String citizenId;
    private String oldId;
    private final List<Decision> decisions = new ArrayList<>();
    private String unit = "Trung đoàn 48, Sư đoàn 320";
    private String rank = "Hạ sĩ";
    private String role = "Chiến sĩ";
    private LocalDate eventDate = LocalDate.of(1970, 1, 1);
    private String eventPlace = "mặt trận phía Nam";
    private String relative = "Nguyễn Thị Lan";
    private String relation = "mẹ";
    private boolean damaged;
    private Confidentiality level = Confidentiality.UNCLASSIFIED;

    private FixtureDossier(String code, String fullName, int birthYear, Commune place) {
        this.code = code;
        this.fullName = fullName;
        this.birthYear = birthYear;
        this.place = place;
    }

    static FixtureDossier of(String code, String fullName, int birthYear, Commune place) {
        return new FixtureDossier(code, fullName, birthYear, place);
    }

    FixtureDossier category(String key) {
        this.category = key;
        return this;
    }

    FixtureDossier status(String key) {
        this.status = key;
        return this;
    }

    FixtureDossier female() {
        this.female = true;
        return this;
    }

    FixtureDossier otherNames(String... names) {
        this.otherNames = List.of(names);
        return this;
    }

    FixtureDossier ids(String citizenId, String oldId) {
        this.citizenId = citizenId;
        this.oldId = oldId;
        return this;
    }

    FixtureDossier decision(String number, LocalDate date) {
        decisions.add(new Decision(number, date));
        return this;
    }

    FixtureDossier service(String unit, String rank, String role) {
        this.unit = unit;
        this.rank = rank;
        this.role = role;
        return this;
    }

    /** The death, wound, illness or service the dossier is about: when and where. */
    FixtureDossier event(LocalDate date, String place) {
        this.eventDate = date;
        this.eventPlace = place;
        return this;
    }

    FixtureDossier relative(String name, String relation) {
        this.relative = name;
        this.relation = relation;
        return this;
    }

    /** Pages read by OCR from faded copies ({@link FixturePages#damaged}). */
    FixtureDossier damaged() {
        this.damaged = true;
        return this;
    }

    FixtureDossier classified(Confidentiality level) {
        this.level = level;
        return this;
    }

    String fullName() {
        return fullName;
    }

    List<String> otherNames() {
        return otherNames;
    }

    int birthYear() {
        return birthYear;
    }

    boolean isFemale() {
        return female;
    }

    String province() {
        return place.province();
    }

    String commune() {
        return place.commune();
    }

    String hometown() {
        return place.commune() + ", huyện " + place.district() + ", tỉnh " + place.province();
    }

    String unit() {
        return unit;
    }

    String rank() {
        return rank;
    }

    String role() {
        return role;
    }

    String eventDate() {
        return DAY.format(eventDate);
    }

    String eventPlace() {
        return eventPlace;
    }

    String relative() {
        return relative;
    }

    String relation() {
        return relation;
    }

    IndexedDossier indexed() {
        List<String> texts = new ArrayList<>();
        List<String> types = new ArrayList<>();
        writePages(texts, types);
        IndexedDossier.Builder builder = IndexedDossier.builder(code, level)
                .title("Hồ sơ " + CATEGORIES.get(category).toLowerCase() + " " + fullName)
                .category(category, CATEGORIES.get(category))
                .status(status, STATUSES.get(status))
                .fullName(fullName)
                .otherNames(otherNames)
                .gender(female ? "Nữ" : "Nam")
                .birthYear(birthYear)
                .citizenId(citizenId)
                .oldId(oldId)
                .hometown(hometown(), place.province(), place.district(), place.commune())
                .decisionNumbers(decisions.stream().map(Decision::number).toList())
                .documentTypes(types)
                .dates(dates())
                .version(1);
        for (int i = 0; i < texts.size(); i++) {
            builder.page(damaged ? FixturePages.damaged(texts.get(i), code.hashCode() * 31L + i) : texts.get(i));
        }
        return builder.build();
    }

    /** The pages such a dossier holds, by category, with their document types. */
    private void writePages(List<String> texts, List<String> types) {
        String decisionSubject =
                switch (category) {
                    case "MARTYR" ->
                        add(
                                texts,
                                types,
                                "Giấy báo tử",
                                FixturePages.deathNotice(this),
                                "Bản khai thân nhân",
                                FixturePages.relativeDeclaration(this),
                                "cấp Bằng Tổ quốc ghi công");
                    case "WAR_INVALID" ->
                        add(
                                texts,
                                types,
                                "Giấy chứng nhận bị thương",
                                FixturePages.injuryCertificate(this),
                                "Biên bản giám định y khoa",
                                FixturePages.medicalAssessment(this),
                                "công nhận thương binh");
                    case "SICK_SOLDIER" ->
                        add(
                                texts,
                                types,
                                "Biên bản giám định y khoa",
                                FixturePages.medicalAssessment(this),
                                "Bản khai thân nhân",
                                FixturePages.relativeDeclaration(this),
                                "công nhận bệnh binh");
                    case "HEROIC_MOTHER" ->
                        add(
                                texts,
                                types,
                                "Bản khai thân nhân",
                                FixturePages.relativeDeclaration(this),
                                "Giấy xác nhận",
                                FixturePages.confirmation(this),
                                "truy tặng danh hiệu Bà mẹ Việt Nam anh hùng");
                    case "AGENT_ORANGE" ->
                        add(
                                texts,
                                types,
                                "Giấy xác nhận",
                                FixturePages.confirmation(this),
                                "Biên bản giám định y khoa",
                                FixturePages.medicalAssessment(this),
                                "trợ cấp người hoạt động kháng chiến bị nhiễm chất độc hóa học");
                    default ->
                        add(
                                texts,
                                types,
                                "Giấy xác nhận",
                                FixturePages.confirmation(this),
                                "Bản khai thân nhân",
                                FixturePages.relativeDeclaration(this),
                                "tặng Huân chương Kháng chiến");
                };
        for (Decision decision : decisions) {
            texts.add(FixturePages.decision(this, decision.number(), decisionSubject));
            types.add("Quyết định " + decisionSubject);
        }
        if (!otherNames.isEmpty()) {
            texts.add(FixturePages.curriculumVitae(this));
            types.add("Lý lịch");
        }
    }

    private List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(eventDate);
        decisions.forEach(decision -> dates.add(decision.date()));
        return dates;
    }

    private static String add(
            List<String> texts,
            List<String> types,
            String firstType,
            String first,
            String secondType,
            String second,
            String decisionSubject) {
        types.add(firstType);
        texts.add(first);
        types.add(secondType);
        texts.add(second);
        return decisionSubject;
    }
}
