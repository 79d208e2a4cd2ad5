package vn.hoso.archive.audit.internal;

/**
 * The anchor written to object storage each time a segment is sealed: the last sealed record's number and hash. A
 * trail re-hashed from an earlier record on, or cut below it, no longer contains this pair.
 *
 * @param segment the sealed segment's file name
 * @param lastSeq the number of its last record
 * @param lastHash that record's hash
 */
public record ChainHead(String segment, long lastSeq, String lastHash) {}
