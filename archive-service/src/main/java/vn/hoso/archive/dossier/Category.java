package vn.hoso.archive.dossier;

/**
 * The twelve categories of people with meritorious service of the 2020 ordinance (Pháp lệnh Ưu đãi người có công
 * với cách mạng, Article 3), in the ordinance's order.
 */
public enum Category {
    REVOLUTIONARY_BEFORE_1945("Người hoạt động cách mạng trước ngày 01/01/1945"),
    REVOLUTIONARY_1945("Người hoạt động cách mạng từ 01/01/1945 đến Tổng khởi nghĩa 19/8/1945"),
    MARTYR("Liệt sĩ"),
    HEROIC_MOTHER("Bà mẹ Việt Nam anh hùng"),
    ARMED_FORCES_HERO("Anh hùng Lực lượng vũ trang nhân dân"),
    LABOUR_HERO("Anh hùng Lao động trong thời kỳ kháng chiến"),
    WAR_INVALID("Thương binh"),
    SICK_SOLDIER("Bệnh binh"),
    AGENT_ORANGE("Người hoạt động kháng chiến bị nhiễm chất độc hóa học"),
    CAPTURED_AND_IMPRISONED("Người hoạt động cách mạng, kháng chiến bị địch bắt tù, đày"),
    RESISTANCE_PARTICIPANT("Người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế"),
    REVOLUTION_HELPER("Người có công giúp đỡ cách mạng");

    private final String displayName;

    Category(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
