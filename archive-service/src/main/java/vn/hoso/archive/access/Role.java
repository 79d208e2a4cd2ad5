package vn.hoso.archive.access;

/** What a user does in the archive. A user may hold several roles. */
public enum Role {
    /** Archive clerk: scans, edits and approves dossiers. */
    CLERK("Văn thư lưu trữ"),
    /** Policy officer: searches and reads. */
    OFFICER("Cán bộ chính sách"),
    /** Auditor: original scans, checksums and the audit trail. */
    AUDITOR("Kiểm tra viên"),
    /** Administrator: users and scanner profiles. */
    ADMIN("Quản trị");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
