package vn.hoso.archive.search;

/** The index could not be read or written (I/O, a full disk, an index locked by another process, corruption). */
public class SearchIndexException extends RuntimeException {
    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
