package vn.hoso.archive.audit.internal;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;

/**
 * Copies sealed segments to object storage ({@code audit/segments/NNNNNN.jsonl}) and keeps the chain head there
 * ({@code audit/head.json}), so the trail survives the loss of the service's disk and an edit of the local files
 * can be told from the copy. The head is written after the segment it names and never moves backwards.
 */
public final class SegmentCopies {

    public static final String SEGMENTS = "audit/segments/";
    public static final String HEAD = "audit/head.json";

    private final PageStore store;
    private final JsonMapper json;

    public SegmentCopies(PageStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** Copies {@code sealed} and moves the head to its last record. */
    public void copy(SegmentLog.Sealed sealed) {
        store.put(SEGMENTS + sealed.segment().name(), sealed.segment().path(), "application/x-ndjson");
        advanceHead(new ChainHead(sealed.segment().name(), sealed.lastSeq(), sealed.lastHash()));
    }

    /**
     * Copies every sealed segment that is not in the store yet (a crash or a store outage between sealing and
     * copying), and sets the head from the last of them if the store's head is behind. Returns how many were copied.
     */
    public int reconcile(List<SegmentFile> segments) {
        int copied = 0;
        SegmentFile lastSealed = null;
        for (SegmentFile segment : segments) {
            if (!segment.sealed()) {
                continue;
            }
            lastSealed = segment;
            if (!store.exists(SEGMENTS + segment.name())) {
                store.put(SEGMENTS + segment.name(), segment.path(), "application/x-ndjson");
                copied++;
            }
        }
        if (lastSealed != null) {
            headOf(lastSealed).ifPresent(this::advanceHead);
        }
        return copied;
    }

    /** The anchored head, if a segment was ever sealed. */
    public Optional<ChainHead> head() {
        try {
            return Optional.of(json.readValue(store.get(HEAD), ChainHead.class));
        } catch (ObjectMissingException none) {
            return Optional.empty();
        }
    }

    private void advanceHead(ChainHead next) {
        Optional<ChainHead> current = head();
        if (current.isEmpty() || current.get().lastSeq() < next.lastSeq()) {
            store.put(HEAD, json.writeValueAsBytes(next), "application/json");
        }
    }

    private Optional<ChainHead> headOf(SegmentFile segment) {
        String[] last = {null};
        segment.forEachLine(line -> last[0] = line.text());
        if (last[0] == null) {
            return Optional.empty();
        }
        try {
            ChainedRecord record = ChainedRecord.parse(last[0], json);
            return Optional.of(new ChainHead(segment.name(), record.seq(), record.hash()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
