package vn.hoso.ingest.decode.internal;

/** A file whose structure shows it is cut short or corrupted; the message is the reason for the clerk. */
public final class DamagedFileException extends Exception {

    public DamagedFileException(String reason) {
        super(reason);
    }
}
