package vn.hoso.archive.savedsearch;

/** A well-formed request that the user's current saved searches do not allow. */
public class SavedSearchConflictException extends RuntimeException {

    /** Why; {@link #slug()} is the stable problem type. */
    public enum Reason {
        /** The user already keeps the most saved searches allowed. */
        LIMIT_REACHED("saved-search-limit"),
        /** Another of the user's saved searches has this name (case and runs of spaces ignored, diacritics not). */
        NAME_TAKEN("saved-search-name-taken");

        private final String slug;

        Reason(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    private final Reason reason;

    public SavedSearchConflictException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
