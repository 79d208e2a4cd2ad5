package vn.hoso.archive.dossier;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address split into its administrative units, as written at the time: province (tỉnh, thành phố), district
 * (huyện, quận, thị xã; abolished in 2025 but on every old document) and commune (xã, phường, thị trấn). Parsed
 * from the written address by the unit words Vietnamese addresses carry; a part that cannot be told is null.
 */
public record Place(String province, String district, String commune) {

    private static final Pattern PARTS = Pattern.compile("\\s*[,;]\\s*");

    public static final Place UNKNOWN = new Place(null, null, null);

    /** The units named in {@code written}, e.g. "xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị". */
    public static Place parse(String written) {
        if (written == null || written.isBlank()) {
            return UNKNOWN;
        }
        String province = null;
        String district = null;
        String commune = null;
        for (String part : PARTS.split(written.strip())) {
            String lower = part.toLowerCase(Locale.of("vi"));
            if (lower.startsWith("tỉnh ")) {
                province = part.substring(5).strip();
            } else if (lower.startsWith("thành phố ") && province == null && district != null) {
                province = part.substring(10).strip();
            } else if (lower.startsWith("huyện ") || lower.startsWith("quận ")) {
                district = part.substring(part.indexOf(' ') + 1).strip();
            } else if (lower.startsWith("thị xã ") || lower.startsWith("thành phố ")) {
                district = part.strip();
            } else if (lower.startsWith("xã ") || lower.startsWith("phường ") || lower.startsWith("thị trấn ")) {
                commune = part.strip();
            }
        }
        return new Place(province, district, commune);
    }
}
