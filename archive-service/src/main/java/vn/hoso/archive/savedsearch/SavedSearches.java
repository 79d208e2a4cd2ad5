package vn.hoso.archive.savedsearch;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.savedsearch.SavedSearchConflictException.Reason;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;

/**
 * Each user's saved searches, kept in the {@link PageStore} as one JSON object per user.
 *
 * <p>Guarantees: a caller reads and changes only their own saved searches (another user's id is
 * {@link SavedSearchNotFoundException}); every change rewrites the user's object with its version raised by one and
 * is refused if the stored version moved meanwhile, so a lost update is an error, never silent. Changes are
 * serialised per user within this process; several instances sharing one store need the store's conditional writes
 * (not yet used), as for dossier manifests. Storage failures propagate as
 * {@link vn.hoso.archive.storage.StorageException}.
 */
@Service
public class SavedSearches {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final PageStore store;
    private final JsonMapper json;
    private final SavedSearchProperties limits;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    SavedSearches(PageStore store, JsonMapper json, SavedSearchProperties limits) {
        this.store = store;
        this.json = json;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** The caller's saved searches by name, in Vietnamese alphabetical order. */
    public List<SavedSearch> list(Caller caller) {
        return read(caller.username()).searches().stream()
                .sorted(Comparator.comparing(SavedSearch::name, VIETNAMESE).thenComparing(SavedSearch::id))
                .toList();
    }

    public SavedSearch get(Caller caller, String id) {
        return find(read(caller.username()), id);
    }

    /**
     * Keeps a new saved search for the caller.
     *
     * @throws InvalidSavedSearchException when the name is blank, too long or holds control characters
     * @throws SavedSearchConflictException when the caller has reached the limit or already uses the name
     */
    public SavedSearch save(Caller caller, String name, SearchParameters parameters) {
        String checked = checkedName(name);
        Instant now = clock.instant();
        SavedSearch created = new SavedSearch(UUID.randomUUID().toString(), checked, parameters, now, now);
        change(caller.username(), searches -> {
            if (searches.size() >= limits.maxPerUser()) {
                throw new SavedSearchConflictException(
                        Reason.LIMIT_REACHED,
                        "you already keep " + searches.size() + " saved searches, the most allowed; delete one first");
            }
            requireFreeName(searches, checked, null);
            List<SavedSearch> more = new ArrayList<>(searches);
            more.add(created);
            return more;
        });
        return created;
    }

    /**
     * Renames the saved search and/or replaces what it searches; a null argument keeps that part.
     *
     * @throws SavedSearchNotFoundException when the caller has no saved search {@code id}
     */
    public SavedSearch update(Caller caller, String id, String name, SearchParameters parameters) {
        String checked = name == null ? null : checkedName(name);
        Instant now = clock.instant();
        SavedSearch[] updated = new SavedSearch[1];
        change(caller.username(), searches -> {
            SavedSearch current = find(searches, id);
            SavedSearch next = current;
            if (checked != null) {
                requireFreeName(searches, checked, id);
                next = next.renamed(checked, now);
            }
            if (parameters != null) {
                next = next.searching(parameters, now);
            }
            updated[0] = next;
            SavedSearch replacement = next;
            return searches.stream()
                    .map(search -> search.id().equals(id) ? replacement : search)
                    .toList();
        });
        return updated[0];
    }

    /** @throws SavedSearchNotFoundException when the caller has no saved search {@code id} */
    public void delete(Caller caller, String id) {
        change(caller.username(), searches -> {
            find(searches, id);
            return searches.stream().filter(search -> !search.id().equals(id)).toList();
        });
    }

    private void change(String username, UnaryOperator<List<SavedSearch>> edit) {
        synchronized (locks.computeIfAbsent(username, key -> new Object())) {
            SavedSearchFile current = read(username);
            SavedSearchFile next = current.next(edit.apply(current.searches()));
            // Re-read just before writing: narrows the window in which another instance's write would be lost;
            // closing it needs the store's conditional writes.
            long stored = read(username).version();
            if (stored != current.version()) {
                throw new IllegalStateException("saved searches of " + username + " changed meanwhile: stored version "
                        + stored + ", write follows " + current.version());
            }
            store.put(SavedSearchFile.key(username), json.writeValueAsBytes(next), "application/json");
        }
    }

    private SavedSearchFile read(String username) {
        try {
            return json.readValue(store.get(SavedSearchFile.key(username)), SavedSearchFile.class);
        } catch (ObjectMissingException none) {
            return SavedSearchFile.EMPTY;
        }
    }

    private static SavedSearch find(SavedSearchFile file, String id) {
        return find(file.searches(), id);
    }

    private static SavedSearch find(List<SavedSearch> searches, String id) {
        return searches.stream()
                .filter(search -> search.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new SavedSearchNotFoundException(id));
    }

    private String checkedName(String name) {
        String checked = name == null
                ? ""
                : Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        if (checked.isEmpty()) {
            throw new InvalidSavedSearchException("name", "a saved search needs a name");
        }
        if (checked.codePointCount(0, checked.length()) > limits.maxNameLength()) {
            throw new InvalidSavedSearchException("name", "at most " + limits.maxNameLength() + " characters");
        }
        if (checked.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidSavedSearchException("name", "control characters are not allowed");
        }
        return checked;
    }

    private static void requireFreeName(List<SavedSearch> searches, String name, String exceptId) {
        boolean taken = searches.stream()
                .anyMatch(
                        search -> !search.id().equals(exceptId) && search.name().equalsIgnoreCase(name));
        if (taken) {
            throw new SavedSearchConflictException(
                    Reason.NAME_TAKEN, "you already have a saved search named '" + name + "'");
        }
    }
}
