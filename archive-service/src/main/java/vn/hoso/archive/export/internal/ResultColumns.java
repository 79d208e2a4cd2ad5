package vn.hoso.archive.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoso.archive.dossier.Category;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.search.SearchHit;

/**
 * The columns of an exported result list, one row per dossier, headed in Vietnamese as offices write their reports.
 * Keys the index stores (category, status) are shown by their Vietnamese names; a key this version does not know is
 * shown as stored rather than dropped.
 */
public final class ResultColumns {

    public static final List<String> HEADERS = List.of(
            "Mã hồ sơ",
            "Tiêu đề",
            "Họ và tên",
            "Tên gọi khác",
            "Năm sinh",
            "Quê quán",
            "Diện đối tượng",
            "Trạng thái",
            "Mức mật",
            "Số trang",
            "Trang khớp");

    private ResultColumns() {}

    /** The cells of one dossier's row, in {@link #HEADERS} order. */
    public static List<Object> of(SearchHit hit) {
        List<Object> cells = new ArrayList<>(HEADERS.size());
        cells.add(hit.code());
        cells.add(hit.title());
        cells.add(hit.fullName());
        cells.add(hit.otherNames().isEmpty() ? null : String.join("; ", hit.otherNames()));
        cells.add(hit.birthYear());
        cells.add(hit.hometown());
        cells.add(label(hit.category(), key -> Category.valueOf(key).displayName()));
        cells.add(label(hit.status(), key -> DossierStatus.valueOf(key).displayName()));
        cells.add(hit.confidentiality().displayName());
        cells.add(hit.pageCount());
        cells.add(
                hit.pages().isEmpty()
                        ? null
                        : hit.pages().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return cells;
    }

    private static String label(String key, Function<String, String> name) {
        try {
            return key == null ? null : name.apply(key);
        } catch (IllegalArgumentException unknownKey) {
            return key;
        }
    }
}
