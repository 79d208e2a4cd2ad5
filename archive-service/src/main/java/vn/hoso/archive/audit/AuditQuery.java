package vn.hoso.archive.audit;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * What an auditor asks the trail for. Every filter is optional ({@code null}); results come newest first.
 *
 * @param user exact actor name
 * @param dossier exact dossier code
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param action one action
 * @param page zero-based page of results
 * @param size results per page, 1 to {@value #MAX_SIZE}
 * @param visible which dossier codes the asking auditor may see: records naming any other are left out, as the
 *     index leaves out dossiers above a caller's clearance or outside their jurisdiction
 */
public record AuditQuery(
        String user,
        String dossier,
        Instant from,
        Instant to,
        AuditAction action,
        int page,
        int size,
        Predicate<String> visible) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        visible = visible == null ? code -> true : visible;
    }

    /** Over every dossier: for the trail's own checks and tests, not for a person's request. */
    public AuditQuery(String user, String dossier, Instant from, Instant to, AuditAction action, int page, int size) {
        this(user, dossier, from, to, action, page, size, null);
    }

    public boolean matches(AuditEvent event) {
        return (user == null || user.equals(event.actor()))
                && (dossier == null || dossier.equals(event.dossier()))
                && (from == null || !event.time().isBefore(from))
                && (to == null || event.time().isBefore(to))
                && (action == null || action == event.action())
                && (event.dossier() == null || visible.test(event.dossier()));
    }
}
