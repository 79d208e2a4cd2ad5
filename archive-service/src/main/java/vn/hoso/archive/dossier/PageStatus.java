package vn.hoso.archive.dossier;

/**
 * Where a page is in recognition. A quarantined page keeps its master and carries the reason; a page needing review
 * is stored and searchable like a recognised one, but shown as doubtful.
 */
public enum PageStatus {
    PENDING("Đang nhận dạng"),
    RECOGNIZED("Đã nhận dạng"),
    /** Recognised, but under the profile's confidence floor (handwriting, damage): a person should check it. */
    NEEDS_REVIEW("Cần kiểm tra"),
    QUARANTINED("Cách ly");

    private final String displayName;

    PageStatus(String displayName) {
        this.displayName = displayName;
    }

    /** Whether the page has text and derivatives. */
    public boolean hasText() {
        return this == RECOGNIZED || this == NEEDS_REVIEW;
    }

    public String displayName() {
        return displayName;
    }
}
