package vn.hoso.archive.dossier;

/** The dossier is visible but has no such page, or the page has no such derivative yet. */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException(String message) {
        super(message);
    }
}
