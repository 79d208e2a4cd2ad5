package vn.hoso.archive.savedsearch;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one user's object in storage holds: their saved searches and the version of the object, which every write
 * raises by one and checks, as dossier manifests do.
 */
record SavedSearchFile(long version, List<SavedSearch> searches) {

    static final SavedSearchFile EMPTY = new SavedSearchFile(0, List.of());

    /** A user name that is already a valid key segment and cannot be mistaken for an encoded one. */
    private static final Pattern PLAIN_USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    SavedSearchFile {
        searches = searches == null ? List.of() : List.copyOf(searches);
    }

    SavedSearchFile next(List<SavedSearch> newSearches) {
        return new SavedSearchFile(version + 1, newSearches);
    }

    /**
     * {@code users/{user}/saved-searches.json}. Names of letters, digits and {@code . _ -} (starting with a letter or
     * digit) are kept as they are, so auditors can read the key; any other name becomes {@code _} and the hex of its
     * UTF-8 bytes, which no plain name starts with, so two users never share an object.
     */
    static String key(String username) {
        String segment = PLAIN_USERNAME.matcher(username).matches()
                ? username
                : "_" + HexFormat.of().formatHex(username.getBytes(StandardCharsets.UTF_8));
        return "users/" + segment + "/saved-searches.json";
    }
}
