package vn.hoso.archive.storage;

import java.util.regex.Pattern;

/**
 * The one definition of a valid object key, shared by every adapter so that a key accepted by one store is accepted
 * by all of them and maps to the same object.
 *
 * <p>A key is one or more {@code /}-separated segments of ASCII letters, digits and {@code . _ -}. Refused: the empty
 * key, empty segments (a leading, trailing or doubled slash), {@code .} and {@code ..}, backslashes and any non-ASCII
 * character — so no key can leave a folder store's root or mean two things on two back ends. Keys are at most
 * {@value #MAX_KEY_LENGTH} characters (the S3 limit) and segments at most {@value #MAX_SEGMENT_LENGTH} (the common file
 * name limit).
 */
final class StorageKeys {

    static final int MAX_KEY_LENGTH = 1024;
    static final int MAX_SEGMENT_LENGTH = 255;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    private StorageKeys() {}

    /** Returns {@code key} unchanged, or throws {@link IllegalArgumentException} naming what is wrong with it. */
    static String requireValidKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("storage key must not be empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("storage key longer than " + MAX_KEY_LENGTH + " characters: " + key);
        }
        for (String segment : key.split("/", -1)) {
            requireValidSegment(segment, key);
        }
        return key;
    }

    /**
     * Returns {@code prefix} unchanged when it may be listed: the empty prefix (everything), or a valid key optionally
     * followed by one {@code /}. A prefix may end inside a segment ({@code dossiers/QT-} lists every dossier whose
     * code starts with {@code QT-}).
     */
    static String requireValidPrefix(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("storage prefix must not be null; use \"\" for every key");
        }
        if (!prefix.isEmpty()) {
            requireValidKey(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        }
        return prefix;
    }

    /** True when {@code key} would pass {@link #requireValidKey}; used to hide foreign files from listings. */
    static boolean isValidKey(String key) {
        try {
            requireValidKey(key);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    private static void requireValidSegment(String segment, String key) {
        if (segment.isEmpty()) {
            throw new IllegalArgumentException("storage key has an empty segment: " + key);
        }
        if (segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("storage key has a relative segment '" + segment + "': " + key);
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            throw new IllegalArgumentException("storage key segment longer than " + MAX_SEGMENT_LENGTH + ": " + key);
        }
        if (!SEGMENT.matcher(segment).matches()) {
            throw new IllegalArgumentException(
                    "storage key segment may hold only ASCII letters, digits and . _ -: " + key);
        }
    }
}
