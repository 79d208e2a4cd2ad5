package vn.hoso.archive.dossier;

/** Where a dossier is in its life: drafted by a clerk, reviewed, then archived. */
public enum DossierStatus {
    DRAFT("Nháp"),
    IN_REVIEW("Đang duyệt"),
    ARCHIVED("Đã lưu trữ");

    private final String displayName;

    DossierStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
