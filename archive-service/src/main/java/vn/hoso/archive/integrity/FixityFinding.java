package vn.hoso.archive.integrity;

import java.time.Instant;
import vn.hoso.archive.access.Confidentiality;

/**
 * A Spring application event, one per problem a fixity run finds, published as it is found, for the audit trail.
 *
 * @param code the dossier
 * @param seq the first page stored from this master (the pages of a multi-page file share one)
 * @param key the master's storage key
 * @param level the dossier's classification, so a listener can decide who may read the finding
 * @param expected the SHA-256 recorded at intake, lowercase hex
 * @param actual the SHA-256 of the bytes read now; null unless {@code problem} is {@code MISMATCHED}
 * @param detail why the master could not be read; null unless {@code problem} is {@code UNREADABLE}
 */
public record FixityFinding(
        Problem problem,
        String code,
        int seq,
        String key,
        Confidentiality level,
        String expected,
        String actual,
        String detail,
        Instant foundAt) {

    public enum Problem {
        /** The master reads, but its checksum is not the recorded one. */
        MISMATCHED,
        /** No object at the master's key. */
        MISSING,
        /** The object or its dossier's manifest cannot be read: failed decryption integrity, storage errors. */
        UNREADABLE
    }
}
