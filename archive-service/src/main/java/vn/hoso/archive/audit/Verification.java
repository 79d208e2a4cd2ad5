package vn.hoso.archive.audit;

/**
 * What {@link AuditTrail#verify()} found.
 *
 * @param intact true when every record hashes to its stored hash, links to the one before it, carries the next
 *     sequence number, and the sealed head in object storage is still part of the chain
 * @param records how many complete records were read
 * @param segments how many segment files were read
 * @param firstBroken the first record at which the chain fails, or {@code null} when intact
 * @param tornTail true when the open segment ends in an unterminated line (a write cut short); that fragment is not
 *     a record and does not make the trail broken
 */
public record Verification(boolean intact, long records, int segments, Broken firstBroken, boolean tornTail) {

    /** Why the chain fails where it fails. */
    public enum Reason {
        /** The record's content no longer hashes to its stored hash, or it is not in canonical form. */
        ALTERED,
        /** The line is not a readable record. */
        UNREADABLE,
        /** Records are missing before this one: its sequence number skips ahead and never comes back. */
        MISSING,
        /** Records are out of order: the expected one appears later in the trail. */
        REORDERED,
        /** The record does not link to the one before it although its number follows (a rewritten predecessor). */
        UNLINKED,
        /** Records that were sealed and anchored in object storage are no longer in the trail (a cut tail). */
        TRUNCATED,
        /**
         * The chain holds together, but not with the head anchored in object storage when a segment was sealed:
         * the trail was rewritten and re-hashed from this record on.
         */
        REWRITTEN
    }

    /**
     * The first broken place.
     *
     * @param position 1-based position in the trail as read (the line count over all segments)
     * @param seq the sequence number the record carries, or {@code null} when unreadable
     * @param expectedSeq the sequence number that should have stood here
     * @param segment the segment file name
     * @param line the 1-based line in that segment
     * @param reason why
     * @param event what the record says, when readable, else {@code null}
     */
    public record Broken(
            long position, Long seq, long expectedSeq, String segment, long line, Reason reason, AuditEvent event) {}
}
