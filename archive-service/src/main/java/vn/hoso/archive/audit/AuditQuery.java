package vn.hoso.archive.audit;

import java.time.Instant;

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
 */
public record AuditQuery(String user, String dossier, Instant from, Instant to, AuditAction action, int page,
        int size) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public boolean matches(AuditEvent event) {
        return (user == null || user.equals(event.actor()))
                && (dossier == null || dossier.equals(event.dossier()))
                && (from == null || !event.time().isBefore(from))
                && (to == null || event.time().isBefore(to))
                && (action == null || action == event.action());
    }
}
