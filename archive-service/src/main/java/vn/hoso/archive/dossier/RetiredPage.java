package vn.hoso.archive.dossier;

import java.time.Instant;

/**
 * A page that left the dossier's reading order, kept in the manifest with its master's key and SHA-256: nothing a
 * clerk scanned is ever destroyed, so an auditor can still see and verify what was withdrawn or replaced, by whom
 * and when. Its sequence number is never handed out again.
 */
public record RetiredPage(Page page, Why why, String by, Instant at) {

    /** Why the page left. */
    public enum Why {
        /** A clerk took the page out of the dossier (a duplicate, a stray sheet, an unreadable file). */
        WITHDRAWN,
        /** A clerk uploaded a new scan for the same place; this is the previous one. */
        REPLACED
    }
}
