package vn.hoso.archive.savedsearch;

/**
 * No saved search with this id among the caller's own. Another user's saved search answers the same way, so ids
 * reveal nothing about other users.
 */
public class SavedSearchNotFoundException extends RuntimeException {

    public SavedSearchNotFoundException(String id) {
        super("no saved search " + id);
    }
}
