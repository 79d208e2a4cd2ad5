package vn.hoso.archive.dossier;

/** A request field that is malformed in a way only the use case can tell (a page order that is not a permutation). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The request field at fault, as the client named it. */
    public String field() {
        return field;
    }
}
