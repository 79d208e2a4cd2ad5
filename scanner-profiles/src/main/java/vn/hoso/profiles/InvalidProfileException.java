package vn.hoso.profiles;

/**
 * A profile file that cannot become a {@link ScannerProfile}: unreadable, not YAML, an unknown key, a
 * missing key, a value of the wrong type or out of range, or an {@code extends} chain that does not
 * resolve. The message names the file and the key path (e.g. {@code capture.minDpi}).
 */
public final class InvalidProfileException extends IllegalArgumentException {

    private final String source;

    InvalidProfileException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    InvalidProfileException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file (or class-path resource) the problem is in. */
    public String source() {
        return source;
    }
}
