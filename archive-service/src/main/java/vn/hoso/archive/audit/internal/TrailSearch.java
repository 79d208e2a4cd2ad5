package vn.hoso.archive.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.AccessRanking;
import vn.hoso.archive.audit.AccessRanking.DossierAccess;
import vn.hoso.archive.audit.AuditEvent;
import vn.hoso.archive.audit.AuditOutcome;
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

    /** Dossiers by how many matching records name them, most first; audit lookups do not count as accesses. */
    public AccessRanking ranking(List<SegmentFile> segments, AuditQuery query) {
        Map<String, Tally> tallies = new HashMap<>();
        events(segments, event -> {
            if (event.dossier() != null && !isAuditLookup(event) && query.matches(event)) {
                tallies.computeIfAbsent(event.dossier(), code -> new Tally()).add(event);
            }
        });
        List<DossierAccess> ranked = tallies.entrySet().stream()
                .map(entry -> entry.getValue().access(entry.getKey()))
                .sorted(Comparator.comparingLong(DossierAccess::total)
                        .reversed()
                        .thenComparing(DossierAccess::dossier))
                .toList();
        int from = (int) Math.min(ranked.size(), (long) query.page() * query.size());
        return new AccessRanking(
                ranked.subList(from, Math.min(ranked.size(), from + query.size())),
                query.page(),
                query.size(),
                ranked.size());
    }

    public DossierCounts counts(List<SegmentFile> segments, String dossier) {
        Map<String, Long> byAction = new TreeMap<>();
        Map<String, Long> byOutcome = new TreeMap<>();
        Map<String, Long> byUser = new TreeMap<>();
        long[] total = {0};
        events(segments, event -> {
            if (dossier.equals(event.dossier()) && !isAuditLookup(event)) {
                total[0]++;
                byAction.merge(event.action().name(), 1L, Long::sum);
                byOutcome.merge(event.outcome().name(), 1L, Long::sum);
                byUser.merge(event.actor(), 1L, Long::sum);
            }
        });
        return new DossierCounts(dossier, total[0], byAction, byOutcome, byUser);
    }

    private static boolean isAuditLookup(AuditEvent event) {
        return event.action().name().startsWith("AUDIT_");
    }

    private static final class Tally {
        private long total;
        private long denied;
        private final Set<String> users = new HashSet<>();
        private Instant last = Instant.EPOCH;

        void add(AuditEvent event) {
            total++;
            denied += event.outcome() == AuditOutcome.DENIED ? 1 : 0;
            users.add(event.actor());
            last = event.time().isAfter(last) ? event.time() : last;
        }

        DossierAccess access(String dossier) {
            return new DossierAccess(dossier, total, denied, users.size(), last);
        }
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
