package vn.hoso.archive.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.internal.ChainVerifier;
import vn.hoso.archive.audit.internal.SegmentCopies;
import vn.hoso.archive.audit.internal.SegmentLog;
import vn.hoso.archive.audit.internal.TrailSearch;

/**
 * The archive's audit trail: append-only, hash-chained, on local disk in segments that are copied to object storage
 * when sealed. The format, the chain and what {@link #verify()} proves are in {@code docs/AUDIT.md}.
 *
 * <p>Every {@code /api} request is recorded by the feature itself after it completes, logins and refusals by the
 * security events; code elsewhere calls {@link #record} only for work outside a request (a scheduled job), and
 * {@link #noteCount}/{@link #noteDetail} to add what only a handler knows to its request's record.
 *
 * <p>Guarantees: {@link #record} returns only once the record is on disk (forced); records are totally ordered, safe
 * to call from any thread; a failure to write throws {@link java.io.UncheckedIOException} and is never swallowed
 * here.
 */
public class AuditTrail implements AutoCloseable {

    /** The request attribute holding the details handlers added with {@link #noteDetail}. */
    static final String NOTES = AuditTrail.class.getName() + ".notes";

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final SegmentLog log;
    private final SegmentCopies copies;
    private final JsonMapper json;
    private final Clock clock;
    private final AtomicBoolean copiesPending = new AtomicBoolean(true);

    AuditTrail(SegmentLog log, SegmentCopies copies, JsonMapper json, Clock clock) {
        this.log = log;
        this.copies = copies;
        this.json = json;
        this.clock = clock;
    }

    /** Appends {@code event}; returns once it is durable. A segment this fills is sealed and copied. */
    public void record(AuditEvent event) {
        log.append(event).sealed().ifPresent(this::copy);
    }

    /** Matching events, newest first. */
    public AuditResults query(AuditQuery query) {
        return new TrailSearch(json).query(log.snapshot(), query);
    }

    /** Dossiers ranked by how often the records {@code query} selects name them; its page and size page the ranking. */
    public AccessRanking ranking(AuditQuery query) {
        return new TrailSearch(json).ranking(log.snapshot(), query);
    }

    /** How often {@code dossier} appears in the trail, by action, outcome and user. */
    public DossierCounts counts(String dossier) {
        return new TrailSearch(json).counts(log.snapshot(), dossier);
    }

    /** Reads the whole trail and checks the chain and the head anchored in object storage. */
    public Verification verify() {
        return new ChainVerifier(json, copies.head().orElse(null)).verify(log.snapshot());
    }

    /** Adds to the current request's audit record how many results (rows, hits) the handler returned. */
    public static void noteCount(long count) {
        noteDetail("count", Long.toString(count));
    }

    /**
     * Adds a named detail to the current request's audit record; outside a request it does nothing, as there is no
     * record to add to.
     */
    public static void noteDetail(String name, String value) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            notes(attributes.getRequest()).put(name, value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> notes(HttpServletRequest request) {
        Object notes = request.getAttribute(NOTES);
        if (notes == null) {
            notes = new HashMap<String, String>();
            request.setAttribute(NOTES, notes);
        }
        return (Map<String, String>) notes;
    }

    /** Seals the open segment if it is old enough, and retries copies that failed before. */
    void sealIfDue() {
        log.sealIfDue(clock.instant()).ifPresent(this::copy);
        if (copiesPending.get()) {
            reconcileCopies();
        }
    }

    /** Bytes of a torn last record cut off at start-up. */
    long recovered() {
        return log.recovered();
    }

    @Override
    public void close() {
        log.close();
    }

    private void copy(SegmentLog.Sealed sealed) {
        try {
            copies.copy(sealed);
        } catch (RuntimeException e) {
            copiesPending.set(true);
            LOG.error(
                    "Sealed audit segment {} could not be copied to object storage; retrying at the next check",
                    sealed.segment().name(),
                    e);
        }
    }

    private void reconcileCopies() {
        try {
            int copied = copies.reconcile(log.snapshot());
            copiesPending.set(false);
            if (copied > 0) {
                LOG.info("Copied {} sealed audit segment(s) to object storage that were missing there", copied);
            }
        } catch (RuntimeException e) {
            LOG.error("Sealed audit segments could not be copied to object storage; retrying at the next check", e);
        }
    }
}
