package vn.hoso.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hoso.archive.search.IndexedDossiers.described;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Confidentiality;

/** Names offered as an officer types: folded prefixes, counted per distinct name. */
class LuceneSearchIndexSuggestTest extends OnDiskIndex {

    @BeforeEach
    void seed() {
        index.upsertAll(Stream.of(
                described("D1", "Nguyễn Văn Thường").build(),
                described("D2", "Nguyễn Văn Thường").build(),
                described("D3", "Nguyễn Văn Thương").build(),
                described("D4", "Trần Thường")
                        .otherNames(List.of("Nguyễn Văn Thái"))
                        .build(),
                described("D5", "Lê Thị Hòa").build(),
                described("D6", "Lê Thị Hoà").build(),
                described("D7", "Lê Văn Tám").build()));
    }

    private List<NameSuggestion> suggest(String prefix) {
        return index.suggest(prefix, Confidentiality.UNCLASSIFIED, 10);
    }

    @Test
    void prefixWithoutDiacriticsSuggestsAccentedNamesMostFrequentFirst() {
        assertThat(suggest("nguyen van th"))
                .containsExactly(
                        new NameSuggestion("Nguyễn Văn Thường", 2),
                        new NameSuggestion("Nguyễn Văn Thái", 1),
                        new NameSuggestion("Nguyễn Văn Thương", 1));
    }

    @Test
    void namesStartingWithThePrefixComeBeforeNamesContainingIt() {
        index.upsert(described("D8", "Thái Văn Út").build());

        assertThat(suggest("thai")).extracting(NameSuggestion::name).containsExactly("Thái Văn Út", "Nguyễn Văn Thái");
    }

    @Test
    void namesContainingThePrefixFromALaterWordAreSuggestedMostFrequentFirst() {
        assertThat(suggest("Thườ"))
                .extracting(NameSuggestion::name)
                .containsExactly("Nguyễn Văn Thường", "Nguyễn Văn Thương", "Trần Thường");
    }

    @Test
    void bothToneStylesCountAsOneName() {
        assertThat(suggest("le thi hoa")).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.name()).isIn("Lê Thị Hòa", "Lê Thị Hoà");
            assertThat(suggestion.count()).isEqualTo(2);
        });
    }

    @Test
    void aPrefixEndingInASpaceWantsTheNextWord() {
        assertThat(suggest("le van ")).extracting(NameSuggestion::name).containsExactly("Lê Văn Tám");
        assertThat(suggest("le va")).extracting(NameSuggestion::name).containsExactly("Lê Văn Tám");
    }

    @Test
    void limitCutsTheList() {
        assertThat(index.suggest("nguyen", Confidentiality.UNCLASSIFIED, 1)).hasSize(1);
    }

    @Test
    void blankPrefixSuggestsNothingAndAnImpossibleLimitIsRejected() {
        assertThat(suggest("  ")).isEmpty();
        assertThrows(IllegalArgumentException.class, () -> index.suggest("ng", Confidentiality.UNCLASSIFIED, 0));
        assertThrows(IllegalArgumentException.class, () -> index.suggest("ng", Confidentiality.UNCLASSIFIED, 51));
    }
}
