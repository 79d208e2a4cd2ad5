package vn.hoso.archive.savedsearch;

/** A saved search's input that cannot be kept, naming the offending field ({@code name}, {@code filters.code}, …). */
public class InvalidSavedSearchException extends IllegalArgumentException {

    private final String field;

    public InvalidSavedSearchException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
