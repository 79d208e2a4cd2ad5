package vn.hoso.archive.page;

/** A master in storage no longer matches the checksum recorded when it was received, or is gone. */
public class MasterIntegrityException extends RuntimeException {
    public MasterIntegrityException(String message) {
        super(message);
    }
}
