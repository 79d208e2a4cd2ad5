package vn.hoso.archive.export;

import java.util.Locale;

/** The file formats a result list exports to. */
public enum ExportFormat {
    /** RFC 4180 text, UTF-8 with a byte order mark and CRLF line ends, so Excel reads Vietnamese text right. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** An Excel workbook (Office Open XML) with one sheet. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format named by an HTTP parameter ({@code csv}, {@code xlsx}, any case).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static ExportFormat fromParameter(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be csv or xlsx, got '" + name + "'");
    }
}
