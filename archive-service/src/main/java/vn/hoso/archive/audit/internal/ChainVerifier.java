package vn.hoso.archive.audit.internal;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.Verification;
import vn.hoso.archive.audit.Verification.Broken;
import vn.hoso.archive.audit.Verification.Reason;

/**
 * Walks the whole trail once and finds the first place where it stops being the chain that was written. After the
 * first break it keeps counting records, and looks for the sequence number that was expected there to tell a
 * reordering ({@link Reason#REORDERED}: it comes later) from a removal ({@link Reason#MISSING}: it never does).
 */
public final class ChainVerifier {

    private final JsonMapper json;
    private final ChainHead anchor;
    private long position;
    private long expectedSeq = 1;
    private String prevHash = ChainedRecord.GENESIS;
    private Broken first;
    private boolean anchorSeen;

    /** @param anchor the head anchored in object storage, or {@code null} when no segment was sealed yet */
    public ChainVerifier(JsonMapper json, ChainHead anchor) {
        this.json = json;
        this.anchor = anchor;
    }

    public Verification verify(List<SegmentFile> segments) {
        boolean torn = false;
        for (SegmentFile segment : segments) {
            boolean fragment = segment.forEachLine(this::visit);
            if (fragment && segment.sealed()) {
                position++;
                breakAt(null, new SegmentFile.Line(segment.name(), -1, ""), Reason.UNREADABLE);
            }
            torn = fragment && !segment.sealed();
        }
        if (first == null && anchor != null && !anchorSeen) {
            first = new Broken(position + 1, null, anchor.lastSeq(), anchor.segment(), 0, Reason.TRUNCATED, null);
        }
        return new Verification(first == null, position, segments.size(), first, torn);
    }

    private void visit(SegmentFile.Line line) {
        position++;
        ChainedRecord record;
        try {
            record = ChainedRecord.parse(line.text(), json);
        } catch (IllegalArgumentException unreadable) {
            breakAt(null, line, Reason.UNREADABLE);
            return;
        }
        if (first != null) {
            if (first.reason() == Reason.MISSING && record.seq() == first.expectedSeq()) {
                first = new Broken(
                        first.position(),
                        first.seq(),
                        first.expectedSeq(),
                        first.segment(),
                        first.line(),
                        Reason.REORDERED,
                        first.event());
            }
            return;
        }
        Reason reason = check(record, line.text());
        if (reason != null) {
            breakAt(record, line, reason);
            return;
        }
        prevHash = record.hash();
        expectedSeq++;
    }

    private Reason check(ChainedRecord record, String text) {
        if (!record.line().equals(text) || !record.expectedHash().equals(record.hash())) {
            return Reason.ALTERED;
        }
        if (!record.prev().equals(prevHash)) {
            return record.seq() == expectedSeq
                    ? Reason.UNLINKED
                    : record.seq() > expectedSeq ? Reason.MISSING : Reason.REORDERED;
        }
        if (record.seq() != expectedSeq) {
            return Reason.ALTERED;
        }
        if (anchor != null && record.seq() == anchor.lastSeq()) {
            if (!record.hash().equals(anchor.lastHash())) {
                return Reason.REWRITTEN;
            }
            anchorSeen = true;
        }
        return null;
    }

    private void breakAt(ChainedRecord record, SegmentFile.Line line, Reason reason) {
        if (first == null) {
            first = new Broken(
                    position,
                    record == null ? null : record.seq(),
                    expectedSeq,
                    line.segment(),
                    line.number(),
                    reason,
                    record == null ? null : record.event());
        }
    }
}
