package vn.hoso.archive.search;

import java.util.List;

/**
 * How the dossiers of a result divide, counted over every matching dossier the caller may see (never over
 * dossiers above their clearance). Values a dossier lacks are not counted. Each list holds at most
 * {@value #MAX_VALUES} values: by falling count, then by value; birth decades in time order instead.
 *
 * @param categories by category key, as indexed
 * @param provinces by hometown province, as written
 * @param districts by hometown district, as written
 * @param birthDecades by the first year of the decade, e.g. "1940" for 1940–1949
 * @param statuses by status key, as indexed
 */
public record SearchFacets(
        List<FacetCount> categories,
        List<FacetCount> provinces,
        List<FacetCount> districts,
        List<FacetCount> birthDecades,
        List<FacetCount> statuses) {

    public static final int MAX_VALUES = 100;

    public static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());

    public SearchFacets {
        categories = List.copyOf(categories);
        provinces = List.copyOf(provinces);
        districts = List.copyOf(districts);
        birthDecades = List.copyOf(birthDecades);
        statuses = List.copyOf(statuses);
    }

    /** One value of a facet and how many dossiers of the result have it. */
    public record FacetCount(String value, long count) {}
}
