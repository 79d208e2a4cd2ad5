package vn.hoso.archive.audit;

/**
 * What an audit record says was done. Names are stable: they are stored in the hash-chained trail and an auditor
 * filters on them, so a constant is never renamed or removed once released; new ones are added at the end.
 */
public enum AuditAction {
    LOGIN("Đăng nhập"),
    LOGOUT("Đăng xuất"),
    SEARCH("Tìm kiếm"),
    SUGGEST("Gợi ý tên"),
    DOSSIER_OPEN("Mở hồ sơ"),
    DOSSIER_CREATE("Tạo hồ sơ"),
    PAGE_UPLOAD("Tải trang lên"),
    PAGE_TEXT("Xem văn bản trang"),
    PAGE_VIEW("Xem ảnh trang"),
    PAGE_THUMB("Xem ảnh thu nhỏ"),
    PAGE_HITS("Xem vị trí từ khớp"),
    ORIGINAL_DOWNLOAD("Tải bản gốc"),
    EXPORT("Kết xuất"),
    METADATA_CHANGE("Sửa thông tin hồ sơ"),
    STATUS_CHANGE("Đổi trạng thái hồ sơ"),
    USER_CHANGE("Thay đổi người dùng"),
    REINDEX("Lập lại chỉ mục"),
    WHO_AM_I("Xem tài khoản"),
    AUDIT_QUERY("Tra cứu nhật ký"),
    AUDIT_COUNTS("Thống kê truy cập"),
    AUDIT_VERIFY("Kiểm tra nhật ký"),
    AUDIT_RECOVERY("Khôi phục nhật ký sau sự cố"),
    /** An /api request whose route has no row in the route table: recorded all the same, and a test fails. */
    UNMAPPED("Yêu cầu chưa phân loại"),
    /** Page work that keeps the masters: reorder, turn, withdraw, replace, mark reviewed. */
    PAGE_CHANGE("Sửa trang"),
    /** One deep-zoom tile of a page view (IIIF); the view itself is {@link #PAGE_VIEW}. */
    PAGE_TILE("Xem ô ảnh trang"),
    REVIEW_QUEUE("Xem hàng đợi duyệt"),
    /** Listing, saving, changing or deleting one's own saved searches (queries, never results). */
    SAVED_SEARCH("Tìm kiếm đã lưu"),
    FIXITY_RUN("Chạy kiểm tra toàn vẹn"),
    FIXITY_REPORT("Xem báo cáo toàn vẹn"),
    /** A master the fixity job found changed, missing or unreadable: recorded by the job, not by a request. */
    FIXITY_FINDING("Phát hiện sai lệch bản gốc"),
    ACCESS_EXPLAIN("Giải thích quyền truy cập"),
    /** An administrator reading the service's settings or health (scanner profiles, storage, index). */
    SERVICE_STATUS("Xem cấu hình và tình trạng hệ thống"),
    USER_LIST("Xem danh sách người dùng");

    private final String displayName;

    AuditAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
