package vn.hoso.archive.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Object storage for masters, derivatives, OCR output and dossier manifests: the archive's source of truth.
 *
 * <p>Keys are slash-separated, human-readable paths such as {@code dossiers/QT-LS-012345/pages/1/master.tif}. A
 * key is made of segments of letters, digits, {@code . _ -}; an empty segment, {@code .} or {@code ..} is refused
 * with {@link IllegalArgumentException} so that no key can escape its store.
 *
 * <p>Guarantees every adapter keeps: a {@link #put} is atomic (a reader sees the whole old object or the whole new
 * one, never a part); {@link #get} of a missing key throws {@link ObjectMissingException}; any other failure of the
 * backing store throws {@link StorageException} and is never swallowed.
 */
public interface PageStore {

    /** Stores {@code bytes} under {@code key}, replacing any object there. */
    void put(String key, byte[] bytes, String contentType);

    /**
     * Stores the content of {@code source} under {@code key}, streaming: a master of hundreds of megabytes never
     * sits in the heap. Same atomicity as {@link #put(String, byte[], String)}; {@code source} is left as it was.
     */
    void put(String key, Path source, String contentType);

    /** The whole object. Throws {@link ObjectMissingException} when there is none. */
    byte[] get(String key);

    /** A stream over the object, for large masters; the caller closes it. */
    InputStream open(String key);

    boolean exists(String key);

    /** Removes the object; removing a missing key is not an error. */
    void delete(String key);

    /** Every key that starts with {@code prefix}, in lexicographic order. The caller closes the stream. */
    Stream<String> list(String prefix);
}
