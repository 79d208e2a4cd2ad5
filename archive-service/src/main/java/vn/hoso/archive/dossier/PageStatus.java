package vn.hoso.archive.dossier;

/** Where a page is in recognition. A quarantined page keeps its master and carries the reason. */
public enum PageStatus {
    PENDING("Đang nhận dạng"),
    RECOGNIZED("Đã nhận dạng"),
    QUARANTINED("Cách ly");

    private final String displayName;

    PageStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
