package vn.hoso.archive.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.AuditEvent;
import vn.hoso.archive.audit.AuditQuery;
import vn.hoso.archive.audit.AuditResults;
import vn.hoso.archive.audit.DossierCounts;

/**
 * Answers auditors' questions by reading the segments. A linear scan: an office writes some thousands of records a
 * day, and a year of them reads in seconds; a province that needs more keeps the trail in a database fed from the
 * sealed segments. Unreadable lines are skipped here — {@code verify} is where damage is reported.
 */
public final class TrailSearch {

    private final JsonMapper json;

    public TrailSearch(JsonMapper json) {
        this.json = json;
    }

    public AuditResults query(List<SegmentFile> segments, AuditQuery query) {
        List<AuditEvent> matching = new ArrayList<>();
        events(segments, event -> {
            if (query.matches(event)) {
                matching.add(event);
            }
        });
        int total = matching.size();
        long from = (long) query.page() * query.size();
        List<AuditEvent> page = new ArrayList<>();
        for (long i = total - 1 - from; i >= 0 && page.size() < query.size(); i--) {
            page.add(matching.get((int) i));
        }
        return new AuditResults(page, query.page(), query.size(), total);
    }

    public DossierCounts counts(List<SegmentFile> segments, String dossier) {
        Map<String, Long> byAction = new TreeMap<>();
        Map<String, Long> byOutcome = new TreeMap<>();
        Map<String, Long> byUser = new TreeMap<>();
        long[] total = {0};
        events(segments, event -> {
            if (dossier.equals(event.dossier())) {
                total[0]++;
                byAction.merge(event.action().name(), 1L, Long::sum);
                byOutcome.merge(event.outcome().name(), 1L, Long::sum);
                byUser.merge(event.actor(), 1L, Long::sum);
            }
        });
        return new DossierCounts(dossier, total[0], byAction, byOutcome, byUser);
    }

    private void events(List<SegmentFile> segments, Consumer<AuditEvent> events) {
        for (SegmentFile segment : segments) {
            segment.forEachLine(line -> {
                try {
                    events.accept(ChainedRecord.parse(line.text(), json).event());
                } catch (IllegalArgumentException unreadable) {
                    // reported by verify
                }
            });
        }
    }
}
