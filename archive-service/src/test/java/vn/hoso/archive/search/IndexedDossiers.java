package vn.hoso.archive.search;

import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/** Named dossiers for search tests; page texts are numbered from 1 in the order given. */
final class IndexedDossiers {

    private static final String TUY_AN = "Xã An Dân, huyện Tuy An, tỉnh Phú Yên";

    private IndexedDossiers() {}

    static IndexedDossier martyr(String code, String fullName, String... pageTexts) {
        return dossier(code, fullName, TUY_AN, Confidentiality.UNCLASSIFIED, pageTexts);
    }

    static IndexedDossier martyrFrom(String code, String fullName, String hometown, String... pageTexts) {
        return dossier(code, fullName, hometown, Confidentiality.UNCLASSIFIED, pageTexts);
    }

    static IndexedDossier classified(String code, String fullName, Confidentiality level, String... pageTexts) {
        return dossier(code, fullName, TUY_AN, level, pageTexts);
    }

    /** An unclassified, archived martyr's dossier with only a name, to add to. */
    static IndexedDossier.Builder described(String code, String fullName) {
        return described(code, fullName, Confidentiality.UNCLASSIFIED);
    }

    static IndexedDossier.Builder described(String code, String fullName, Confidentiality level) {
        return IndexedDossier.builder(code, level)
                .title("Hồ sơ liệt sĩ " + fullName)
                .category("MARTYR", "Liệt sĩ")
                .status("ARCHIVED", "Đã lưu trữ")
                .fullName(fullName)
                .version(1);
    }

    static IndexedDossier withVersion(IndexedDossier dossier, long version) {
        return dossier.toBuilder().version(version).build();
    }

    static IndexedDossier withPages(IndexedDossier dossier, List<IndexedPage> pages) {
        return dossier.toBuilder().pages(pages).build();
    }

    private static IndexedDossier dossier(
            String code, String fullName, String hometown, Confidentiality level, String... pageTexts) {
        IndexedDossier.Builder builder = IndexedDossier.builder(code, level)
                .title("Hồ sơ liệt sĩ " + fullName)
                .category("Liệt sĩ", null)
                .fullName(fullName)
                .birthYear(1948)
                .hometown(hometown, null, null, null)
                .version(1);
        for (String text : pageTexts) {
            builder.page(text);
        }
        return builder.build();
    }
}
