package vn.hoso.archive.storage;

/** The backing store failed (I/O, network, refused credentials). Never swallowed: callers quarantine or fail. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
