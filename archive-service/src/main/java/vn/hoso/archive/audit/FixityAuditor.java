package vn.hoso.archive.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import vn.hoso.archive.integrity.FixityFinding;

/**
 * Records every finding of the fixity job in the trail: a master that changed, went missing or cannot be read is
 * evidence an auditor must be able to show later, whoever started the run (or the schedule).
 */
final class FixityAuditor {

    static final String ACTOR = "fixity";

    private final AuditTrail trail;

    FixityAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void found(FixityFinding finding) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("problem", finding.problem().name());
        detail.put("key", finding.key());
        if (finding.expected() != null) {
            detail.put("expected", finding.expected());
        }
        if (finding.actual() != null) {
            detail.put("actual", finding.actual());
        }
        if (finding.detail() != null) {
            detail.put("reason", finding.detail());
        }
        trail.record(new AuditEvent(
                finding.foundAt(),
                ACTOR,
                AuditAction.FIXITY_FINDING,
                finding.code(),
                finding.seq(),
                AuditOutcome.ERROR,
                null,
                detail));
    }
}
