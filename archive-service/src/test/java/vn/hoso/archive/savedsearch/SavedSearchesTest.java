package vn.hoso.archive.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.archive.storage.TestStores;

/** {@link SavedSearches} over real storage adapters: what it keeps, where, for whom, and what it refuses. */
class SavedSearchesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SavedSearchProperties LIMITS = new SavedSearchProperties(3, 40);
    static final Caller LAN = new Caller("lan.nguyen", Set.of(Role.OFFICER), Confidentiality.UNCLASSIFIED);
    static final Caller MINH = new Caller("minh", Set.of(Role.OFFICER), Confidentiality.SECRET);

    @TempDir
    Path folder;

    static SearchParameters martyrsOfHaiLang() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("category", "MARTYR");
        filters.put("district", "Hải Lăng");
        filters.put("birthYearFrom", "1940");
        return SearchParameters.of("giấy báo tử", filters, "birth-year");
    }

    SavedSearches over(PageStore store) {
        return new SavedSearches(store, JSON, LIMITS);
    }

    @Nested
    class Keeping {

        @Test
        void savedSearchSurvivesANewStoreAndServiceOnTheSameFolder() {
            SavedSearch saved = over(TestStores.folder(folder)).save(LAN, "Liệt sĩ Hải Lăng", martyrsOfHaiLang());

            List<SavedSearch> afterRestart = over(TestStores.folder(folder)).list(LAN);

            assertThat(afterRestart).containsExactly(saved);
            assertThat(afterRestart.getFirst().parameters().filters()).containsEntry("district", "Hải Lăng");
        }

        @Test
        void savedSearchSurvivesANewS3ClientOnTheSameBucket() throws Exception {
            S3ProxyJunitCore server = new S3ProxyJunitCore.Builder()
                    .withCredentials(AuthenticationType.AWS_V4, "saved", "saved-secret-key")
                    .withBlobStoreProvider("transient")
                    .build();
            server.beforeEach();
            try {
                SavedSearch saved;
                PageStore first = TestStores.s3(server.getUri(), "saved", "saved-secret-key", "hoso-saved");
                try (AutoCloseable closing = (AutoCloseable) first) {
                    saved = over(first).save(LAN, "Mẹ Việt Nam anh hùng", SearchParameters.of("", null, null));
                }
                PageStore second = TestStores.s3(server.getUri(), "saved", "saved-secret-key", "hoso-saved");
                try (AutoCloseable closing = (AutoCloseable) second) {
                    assertThat(over(second).list(LAN)).containsExactly(saved);
                }
            } finally {
                server.afterEach();
            }
        }

        @Test
        void searchesAreKeptAsReadableJsonUnderTheUsersKey() {
            PageStore store = TestStores.folder(folder);
            over(store).save(LAN, "Liệt sĩ Hải Lăng", martyrsOfHaiLang());

            String stored = new String(store.get("users/lan.nguyen/saved-searches.json"), StandardCharsets.UTF_8);

            assertThat(stored).contains("\"version\":1", "Liệt sĩ Hải Lăng", "giấy báo tử");
        }

        @Test
        void aUsernameThatIsNotAKeySegmentGetsItsOwnEncodedKey() {
            PageStore store = TestStores.folder(folder);
            Caller odd = new Caller("Nguyễn Lan/..", Set.of(Role.OFFICER), Confidentiality.UNCLASSIFIED);

            over(store).save(odd, "Của tôi", SearchParameters.of("x", null, null));

            try (var keys = store.list("users/")) {
                assertThat(keys.toList())
                        .singleElement()
                        .asString()
                        .startsWith("users/_")
                        .endsWith("/saved-searches.json");
            }
            assertThat(over(store).list(LAN)).isEmpty();
        }

        @Test
        void listIsInVietnameseAlphabeticalOrder() {
            SavedSearches searches = over(TestStores.folder(folder));
            for (String name : List.of("Đồng Hới", "Ân Thi", "Diễn Châu")) {
                searches.save(LAN, name, SearchParameters.of(name, null, null));
            }

            assertThat(searches.list(LAN))
                    .extracting(SavedSearch::name)
                    .containsExactly("Ân Thi", "Diễn Châu", "Đồng Hới");
        }

        @Test
        void renameKeepsWhatItSearchesAndRaisesTheUpdateTime() throws Exception {
            SavedSearches searches = over(TestStores.folder(folder));
            SavedSearch saved = searches.save(LAN, "Tạm", martyrsOfHaiLang());
            Thread.sleep(5);

            SavedSearch renamed = searches.update(LAN, saved.id(), "  Liệt sĩ   Hải Lăng ", null);

            assertThat(renamed.name()).isEqualTo("Liệt sĩ Hải Lăng");
            assertThat(renamed.parameters()).isEqualTo(saved.parameters());
            assertThat(renamed.updatedAt()).isAfter(saved.updatedAt());
            assertThat(searches.get(LAN, saved.id())).isEqualTo(renamed);
        }

        @Test
        void deletedSearchIsGoneForGood() {
            SavedSearches searches = over(TestStores.folder(folder));
            SavedSearch saved = searches.save(LAN, "Xoá tôi", martyrsOfHaiLang());

            searches.delete(LAN, saved.id());

            assertThat(over(TestStores.folder(folder)).list(LAN)).isEmpty();
            assertThrows(SavedSearchNotFoundException.class, () -> searches.delete(LAN, saved.id()));
        }
    }

    @Nested
    class Owners {

        @Test
        void anotherUserNeitherListsNorReadsNorChangesNorDeletesIt() {
            SavedSearches searches = over(TestStores.folder(folder));
            SavedSearch saved = searches.save(LAN, "Của Lan", martyrsOfHaiLang());

            assertThat(searches.list(MINH)).isEmpty();
            assertThrows(SavedSearchNotFoundException.class, () -> searches.get(MINH, saved.id()));
            assertThrows(SavedSearchNotFoundException.class, () -> searches.update(MINH, saved.id(), "Của Minh", null));
            assertThrows(SavedSearchNotFoundException.class, () -> searches.delete(MINH, saved.id()));
            assertThat(searches.list(LAN)).containsExactly(saved);
        }
    }

    @Nested
    class Refusals {

        @Test
        void blankNameIsRefusedNamingTheField() {
            InvalidSavedSearchException refused =
                    assertThrows(InvalidSavedSearchException.class, () -> over(TestStores.folder(folder))
                            .save(LAN, "   ", martyrsOfHaiLang()));

            assertThat(refused.field()).isEqualTo("name");
        }

        @Test
        void nameLongerThanTheLimitIsRefused() {
            String name = "Tìm kiếm rất dài ".repeat(3);

            assertThrows(InvalidSavedSearchException.class, () -> over(TestStores.folder(folder))
                    .save(LAN, name, martyrsOfHaiLang()));
        }

        @Test
        void limitCountsVietnameseLettersAsOneCharacterEvenWhenTypedDecomposed() {
            String fortyLetters = "Đặng Văn Thường, xã Hải Dương, Hải Lăng.";
            assertThat(fortyLetters.codePointCount(0, fortyLetters.length())).isEqualTo(LIMITS.maxNameLength());
            String decomposed = Normalizer.normalize(fortyLetters, Normalizer.Form.NFD);
            assertThat(decomposed.length()).isGreaterThan(LIMITS.maxNameLength());

            SavedSearch saved = over(TestStores.folder(folder)).save(LAN, decomposed, martyrsOfHaiLang());

            assertThat(saved.name()).isEqualTo(fortyLetters);
        }

        @Test
        void oneMoreThanTheMostAllowedIsAConflict() {
            SavedSearches searches = over(TestStores.folder(folder));
            for (int i = 1; i <= LIMITS.maxPerUser(); i++) {
                searches.save(LAN, "Tìm " + i, martyrsOfHaiLang());
            }

            SavedSearchConflictException refused = assertThrows(
                    SavedSearchConflictException.class, () -> searches.save(LAN, "Thêm một", martyrsOfHaiLang()));

            assertThat(refused.reason()).isEqualTo(SavedSearchConflictException.Reason.LIMIT_REACHED);
            assertThat(searches.list(LAN)).hasSize(LIMITS.maxPerUser());
        }

        @Test
        void aNameTheUserAlreadyHasIsAConflictWhateverItsCase() {
            SavedSearches searches = over(TestStores.folder(folder));
            searches.save(LAN, "Liệt sĩ Hải Lăng", martyrsOfHaiLang());

            SavedSearchConflictException refused = assertThrows(
                    SavedSearchConflictException.class,
                    () -> searches.save(LAN, "LIỆT SĨ HẢI LĂNG", martyrsOfHaiLang()));

            assertThat(refused.reason()).isEqualTo(SavedSearchConflictException.Reason.NAME_TAKEN);
        }
    }
}
