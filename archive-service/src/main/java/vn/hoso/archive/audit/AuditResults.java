package vn.hoso.archive.audit;

import java.util.List;

/** One page of matching events, newest first, and how many matched in all. */
public record AuditResults(List<AuditEvent> events, int page, int size, long total) {

    public AuditResults {
        events = List.copyOf(events);
    }
}
