package vn.hoso.archive.storage;

/**
 * Stored bytes failed their authentication: an encrypted object was altered, truncated, moved to another key, or
 * cannot be opened with the master keys at hand. Raised instead of ever returning bytes that did not verify.
 */
public class StorageIntegrityException extends StorageException {
    public StorageIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
