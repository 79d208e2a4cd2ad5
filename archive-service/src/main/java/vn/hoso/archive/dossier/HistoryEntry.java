package vn.hoso.archive.dossier;

import java.time.Instant;

/**
 * One clerk's change to a dossier, kept in its manifest: the dossier's own provenance, and what the optimistic
 * check of a metadata correction and the second-clerk rule of approval read. Recognition's writes are not entries.
 *
 * @param version the manifest version this change produced
 * @param note what the clerk wrote (the reason for sending back), or a short account such as the page touched
 */
public record HistoryEntry(long version, Action action, String by, Instant at, String note) {

    /** What the clerk did. */
    public enum Action {
        METADATA_CORRECTED,
        SUBMITTED,
        APPROVED,
        SENT_BACK,
        PAGES_REORDERED,
        PAGE_TURNED,
        PAGE_WITHDRAWN,
        PAGE_REPLACED,
        PAGE_REVIEWED
    }
}
