package vn.hoso.archive.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.dossier.DossierNotFoundException;
import vn.hoso.archive.dossier.Dossiers;

/** The auditor's view of the trail. Only AUDITOR reaches it (route rules); every call is itself recorded. */
@RestController
class AuditController {

    /** Dates without a time are days in Vietnam, where the archive's offices are. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditTrail trail;
    private final Dossiers dossiers;

    AuditController(AuditTrail trail, Dossiers dossiers) {
        this.trail = trail;
        this.dossiers = dossiers;
    }

    /**
     * The dossier codes {@code caller} may see, decided once per code per request: an auditor reads the trail of the
     * dossiers within their clearance and jurisdiction, like everything else. A code no dossier has (a mistyped or
     * probed one) hides nothing.
     */
    private Predicate<String> visibleTo(Caller caller) {
        Map<String, Boolean> decided = new HashMap<>();
        return code -> decided.computeIfAbsent(code, key -> dossiers.find(key)
                .map(dossier -> caller.visibility().admits(dossier.accessLabel()))
                .orElse(true));
    }

    record Event(
            String time,
            String actor,
            String action,
            String actionName,
            String dossier,
            Integer page,
            String outcome,
            String outcomeName,
            String client,
            Map<String, String> detail) {

        static Event of(AuditEvent event) {
            return new Event(
                    event.time().toString(),
                    event.actor(),
                    event.action().name(),
                    event.action().displayName(),
                    event.dossier(),
                    event.page(),
                    event.outcome().name(),
                    event.outcome().displayName(),
                    event.client(),
                    event.detail());
        }
    }

    record Events(List<Event> events, int page, int size, long total) {}

    record BrokenRecord(
            long position,
            Long seq,
            long expectedSeq,
            String segment,
            long line,
            String reason,
            String time,
            String actor,
            String action) {}

    record Verified(boolean intact, long records, int segments, BrokenRecord firstBroken, boolean tornTail) {}

    /**
     * @param from an instant ({@code 2026-11-22T08:00:00Z}) or a day ({@code 2026-11-22}, from its start)
     * @param to an instant (exclusive) or a day (inclusive: up to its end)
     */
    @GetMapping("/api/audit")
    Events events(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String dossier,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Caller caller) {
        AuditQuery query = new AuditQuery(
                blankToNull(user),
                blankToNull(dossier),
                instant(from, false),
                instant(to, true),
                action(action),
                page,
                size,
                visibleTo(caller));
        AuditResults results = trail.query(query);
        AuditTrail.noteCount(results.total());
        return new Events(
                results.events().stream().map(Event::of).toList(), results.page(), results.size(), results.total());
    }

    record Accessed(String dossier, long total, long denied, long users, String last) {}

    record Ranking(List<Accessed> dossiers, int page, int size, long total) {}

    /** Dossiers by access count, most first, over the records the same filters as {@code /api/audit} select. */
    @GetMapping("/api/audit/dossiers")
    Ranking dossiers(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Caller caller) {
        AccessRanking ranking = trail.ranking(new AuditQuery(
                blankToNull(user),
                null,
                instant(from, false),
                instant(to, true),
                action(action),
                page,
                size,
                visibleTo(caller)));
        AuditTrail.noteCount(ranking.total());
        return new Ranking(
                ranking.dossiers().stream()
                        .map(d -> new Accessed(
                                d.dossier(),
                                d.total(),
                                d.denied(),
                                d.users(),
                                d.last().toString()))
                        .toList(),
                ranking.page(),
                ranking.size(),
                ranking.total());
    }

    @GetMapping("/api/audit/dossiers/{code}/counts")
    DossierCounts counts(@PathVariable String code, Caller caller) {
        if (!visibleTo(caller).test(code)) {
            throw new DossierNotFoundException(code);
        }
        return trail.counts(code);
    }

    @GetMapping("/api/audit/verify")
    Verified verify() {
        Verification verification = trail.verify();
        AuditTrail.noteCount(verification.records());
        AuditTrail.noteDetail("intact", Boolean.toString(verification.intact()));
        Verification.Broken broken = verification.firstBroken();
        BrokenRecord first = broken == null
                ? null
                : new BrokenRecord(
                        broken.position(),
                        broken.seq(),
                        broken.expectedSeq(),
                        broken.segment(),
                        broken.line(),
                        broken.reason().name(),
                        broken.event() == null ? null : broken.event().time().toString(),
                        broken.event() == null ? null : broken.event().actor(),
                        broken.event() == null ? null : broken.event().action().name());
        return new Verified(
                verification.intact(), verification.records(), verification.segments(), first, verification.tornTail());
    }

    private static AuditAction action(String name) {
        return name == null || name.isBlank()
                ? null
                : AuditAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    private static Instant instant(String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("T")
                    ? Instant.parse(text.strip())
                    : LocalDate.parse(text.strip())
                            .plusDays(endOfDay ? 1 : 0)
                            .atStartOfDay(OFFICE_ZONE)
                            .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (2026-11-22) or an instant (2026-11-22T08:00:00Z): " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
