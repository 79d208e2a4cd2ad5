package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.search.IndexedDossiers.described;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.AccessLabel;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Jurisdiction;
import vn.hoso.archive.access.UnitCodes;
import vn.hoso.archive.access.Visibility;
import vn.hoso.archive.search.SearchFacets.FacetCount;

/**
 * A district officer's searches are filtered inside the engine query: a dossier of another district leaves no trace in
 * a total, a hit, a facet count, a suggestion or a word boxed on a page, and the index agrees with
 * {@link Visibility#admits}, the rule every single-dossier read applies.
 */
class LuceneSearchIndexJurisdictionTest extends OnDiskIndex {

    private static final Visibility HAI_LANG =
            new Visibility(Confidentiality.SECRET, Jurisdiction.of(List.of("Quảng Trị/Hải Lăng")));

    @BeforeEach
    void seed() {
        index.upsert(described("QT-LS-000001", "Nguyễn Văn Thường")
                .hometown("xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị", "Quảng Trị", "Hải Lăng", "xã Hải Dương")
                .page("Giấy báo tử liệt sĩ Nguyễn Văn Thường")
                .build());
        index.upsert(described("QT-LS-000002", "Nguyễn Văn Thưởng")
                .hometown("xã Gio An, huyện Gio Linh, tỉnh Quảng Trị", "Quảng Trị", "Gio Linh", "xã Gio An")
                .page("Giấy báo tử liệt sĩ Nguyễn Văn Thưởng")
                .build());
        index.upsert(described("QT-LS-000003", "Nguyễn Văn Thương")
                .hometown("phường 2, thị xã Quảng Trị", null, "thị xã Quảng Trị", "phường 2")
                .page("Nguyễn Văn Thương, phường 2")
                .build());
    }

    private static SearchQuery inHaiLang(String text) {
        return new SearchQuery(text, 0, 20, HAI_LANG);
    }

    @Test
    void districtOfficerFindsOnlyTheirDistrictsDossiers() {
        SearchResult result = index.search(inHaiLang("nguyen van thuong"));

        assertThat(result.total()).isEqualTo(1);
        assertThat(Queries.codes(result)).containsExactly("QT-LS-000001");
    }

    @Test
    void facetsCountOnlyTheDistrict() {
        SearchFacets facets = index.search(inHaiLang("")).facets();

        assertThat(facets.districts()).extracting(FacetCount::value).containsExactly("Hải Lăng");
        assertThat(facets.provinces()).extracting(FacetCount::count).containsExactly(1L);
    }

    @Test
    void suggestionsNameOnlyTheDistrictsPeople() {
        assertThat(index.suggest("nguyen van", HAI_LANG, 10))
                .extracting(NameSuggestion::name)
                .containsExactly("Nguyễn Văn Thường");
    }

    @Test
    void pageWordsOfAnotherDistrictAreNotMarked() {
        List<PageWord> words = List.of(new PageWord("Thưởng", 0, 0, 10, 10));

        assertThat(index.matchingWords("QT-LS-000002", inHaiLang("thuong"), words))
                .isEmpty();
        assertThat(index.matchingWords("QT-LS-000002", new SearchQuery("thuong", 0, 1, Confidentiality.SECRET), words))
                .hasSize(1);
    }

    @Test
    void provinceJurisdictionCoversEveryDistrictButNotAnUnplacedHometown() {
        Visibility province = new Visibility(Confidentiality.SECRET, Jurisdiction.of(List.of("tỉnh Quảng Trị")));

        assertThat(Queries.codes(index.search(new SearchQuery("", 0, 20, province))))
                .containsExactlyInAnyOrder("QT-LS-000001", "QT-LS-000002");
    }

    @Test
    void restrictedJurisdictionWithoutUnitsSeesNothing() {
        Visibility none = new Visibility(Confidentiality.TOP_SECRET, Jurisdiction.of(List.of()));

        assertThat(index.search(new SearchQuery("", 0, 20, none)).total()).isZero();
    }

    @Test
    void indexFilterAgreesWithThePolicyRuleForEveryDossier() {
        record Seeded(String code, String province, String district, String commune) {}
        List<Seeded> seeded = List.of(
                new Seeded("QT-LS-000001", "Quảng Trị", "Hải Lăng", "xã Hải Dương"),
                new Seeded("QT-LS-000002", "Quảng Trị", "Gio Linh", "xã Gio An"),
                new Seeded("QT-LS-000003", null, "thị xã Quảng Trị", "phường 2"));
        List<String> found = Queries.codes(index.search(inHaiLang("")));
        for (Seeded dossier : seeded) {
            AccessLabel label = new AccessLabel(
                    Confidentiality.UNCLASSIFIED,
                    UnitCodes.of(dossier.province(), dossier.district(), dossier.commune()));
            assertThat(found.contains(dossier.code())).as(dossier.code()).isEqualTo(HAI_LANG.admits(label));
        }
    }
}
