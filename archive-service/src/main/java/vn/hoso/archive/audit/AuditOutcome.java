package vn.hoso.archive.audit;

/** How an audited action ended, as an auditor reads it (not necessarily what the caller was told). */
public enum AuditOutcome {
    SUCCESS("Thành công"),
    /**
     * Refused: no or wrong credentials, a role without the right, or a dossier above the caller's clearance — also
     * when the caller was answered "not found" so as not to reveal that the dossier exists.
     */
    DENIED("Bị từ chối"),
    /** What was asked for does not exist (no such dossier or page). */
    NOT_FOUND("Không tìm thấy"),
    /** Invalid request, conflict, or a failure of the service. */
    ERROR("Lỗi");

    private final String displayName;

    AuditOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
