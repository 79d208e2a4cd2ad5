package vn.hoso.archive.search;

import java.util.List;
import vn.hoso.archive.access.Confidentiality;

/** Short forms for the queries the search tests ask. */
final class Queries {

    private Queries() {}

    /** First page of ten, as an officer without clearance for classified material. */
    static SearchQuery uncleared(String text) {
        return new SearchQuery(text, 0, 10, Confidentiality.UNCLASSIFIED);
    }

    static SearchQuery clearedFor(Confidentiality clearance, String text) {
        return new SearchQuery(text, 0, 10, clearance);
    }

    static List<String> codes(SearchResult result) {
        return result.hits().stream().map(SearchHit::code).toList();
    }
}
