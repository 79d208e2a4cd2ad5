package vn.hoso.archive.access;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Administrative unit codes: the one spelling of a place that jurisdictions and dossiers are compared in. A code is
 * a path from the province down, each unit folded (no case, no diacritics, đ→d, no leading "tỉnh"/"huyện"/"xã"
 * word before a name of two words or more, spaces as hyphens): {@code quang-tri}, {@code quang-tri/hai-lang},
 * {@code quang-tri/hai-lang/hai-duong}. The path keeps names that recur in several provinces apart ("Châu Thành").
 * Units are the ones written on the documents, so pre-2025 districts stay codes even though the level was abolished.
 */
public final class UnitCodes {

    private static final List<String> UNIT_WORDS =
            List.of("tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran ");

    private UnitCodes() {}

    /**
     * The codes a dossier with this hometown belongs to: the province, the district within it and the commune
     * within that, as far as they are known from the top. Without a province there is no code at all, so a dossier
     * whose hometown cannot be placed is visible only to users without a jurisdiction restriction.
     */
    public static Set<String> of(String province, String district, String commune) {
        Set<String> codes = new LinkedHashSet<>();
        String province1 = unit(province);
        if (province1.isEmpty()) {
            return codes;
        }
        codes.add(province1);
        String district1 = unit(district);
        if (!district1.isEmpty()) {
            codes.add(province1 + "/" + district1);
            String commune1 = unit(commune);
            if (!commune1.isEmpty()) {
                codes.add(province1 + "/" + district1 + "/" + commune1);
            }
        }
        return codes;
    }

    /**
     * The code of a unit written as a path, e.g. "Quảng Trị/Hải Lăng", "tỉnh Quảng Trị / huyện Hải Lăng" or the
     * code itself; every spelling of one unit gives one code.
     *
     * @throws IllegalArgumentException when a part of the path is blank
     */
    public static String parse(String written) {
        List<String> parts = new ArrayList<>();
        for (String part : written.split("/", -1)) {
            String code = unit(part.replace('-', ' '));
            if (code.isEmpty()) {
                throw new IllegalArgumentException("unit path '" + written + "' has a blank part");
            }
            parts.add(code);
        }
        return String.join("/", parts);
    }

    private static String unit(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        for (String word : UNIT_WORDS) {
            if (folded.startsWith(word) && folded.substring(word.length()).contains(" ")) {
                folded = folded.substring(word.length());
                break;
            }
        }
        return folded.replace(' ', '-');
    }
}
