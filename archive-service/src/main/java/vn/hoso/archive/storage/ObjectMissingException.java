package vn.hoso.archive.storage;

/** The key names no object in the store. */
public class ObjectMissingException extends StorageException {
    public ObjectMissingException(String key) {
        super("no object at key " + key, null);
    }
}
