package vn.hoso.archive.audit;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.ArchiveProperties;
import vn.hoso.archive.audit.internal.SegmentCopies;
import vn.hoso.archive.audit.internal.SegmentLog;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.storage.PageStore;

/** Builds the trail on {@code <hoso.data-dir>/audit/segments} and the two recorders that feed it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** The folder, below {@code hoso.data-dir}, that holds the segment files. */
    static final String FOLDER = "audit/segments";

    /** The actor of records the service writes about itself. */
    static final String SYSTEM = "system";

    private final Clock clock = Clock.systemUTC();

    /**
     * The trail. After a crash that cut a record short, the fragment is set aside and the first record written is
     * an {@link AuditAction#AUDIT_RECOVERY} note saying how many bytes; sealed segments missing from object storage
     * are copied at the first seal check.
     */
    @Bean
    AuditTrail auditTrail(AuditProperties audit, ArchiveProperties archive, PageStore store, JsonMapper json) {
        SegmentLog log = new SegmentLog(
                archive.dataDir().resolve(FOLDER), audit.segmentSize().toBytes(), audit.segmentAge(), json);
        AuditTrail trail = new AuditTrail(log, new SegmentCopies(store, json), json, clock);
        if (trail.recovered() > 0) {
            trail.record(new AuditEvent(
                    clock.instant(),
                    SYSTEM,
                    AuditAction.AUDIT_RECOVERY,
                    null,
                    null,
                    AuditOutcome.ERROR,
                    Actors.NO_CLIENT,
                    Map.of("discardedBytes", Long.toString(trail.recovered()))));
        }
        return trail;
    }

    @Bean
    RequestAuditor requestAuditor(AuditTrail trail, Dossiers dossiers) {
        return new RequestAuditor(trail, dossiers, clock);
    }

    @Bean
    SecurityEventAuditor securityEventAuditor(AuditTrail trail) {
        return new SecurityEventAuditor(trail, clock);
    }

    @Bean
    FixityAuditor fixityAuditor(AuditTrail trail) {
        return new FixityAuditor(trail);
    }
}
