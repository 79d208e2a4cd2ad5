package vn.hoso.archive.access;

/**
 * State-secret levels of a dossier, and the clearance of a user (the highest level they may see), in rising order.
 */
public enum Confidentiality {
    UNCLASSIFIED("Thường"),
    CONFIDENTIAL("Mật"),
    SECRET("Tối mật"),
    TOP_SECRET("Tuyệt mật");

    private final String displayName;

    Confidentiality(String displayName) {
        this.displayName = displayName;
    }

    /** The Vietnamese name shown to users. */
    public String displayName() {
        return displayName;
    }

    /** Whether a user cleared to this level may see material classified at {@code level}. */
    public boolean covers(Confidentiality level) {
        return compareTo(level) >= 0;
    }
}
