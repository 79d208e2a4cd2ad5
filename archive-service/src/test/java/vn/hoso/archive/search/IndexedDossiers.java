package vn.hoso.archive.search;

import java.util.ArrayList;
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

    static IndexedDossier withVersion(IndexedDossier dossier, long version) {
        return new IndexedDossier(dossier.code(), dossier.title(), dossier.fullName(), dossier.category(),
                dossier.birthYear(), dossier.hometown(), dossier.confidentiality(), version, dossier.pages());
    }

    static IndexedDossier withPages(IndexedDossier dossier, List<IndexedPage> pages) {
        return new IndexedDossier(dossier.code(), dossier.title(), dossier.fullName(), dossier.category(),
                dossier.birthYear(), dossier.hometown(), dossier.confidentiality(), dossier.version(), pages);
    }

    private static IndexedDossier dossier(
            String code, String fullName, String hometown, Confidentiality level, String... pageTexts) {
        List<IndexedPage> pages = new ArrayList<>();
        for (int i = 0; i < pageTexts.length; i++) {
            pages.add(new IndexedPage(i + 1, pageTexts[i]));
        }
        return new IndexedDossier(code, "Hồ sơ liệt sĩ " + fullName, fullName, "Liệt sĩ", 1948, hometown, level, 1,
                pages);
    }
}
