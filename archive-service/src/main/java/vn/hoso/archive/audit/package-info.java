/**
 * The audit trail: who did what to which dossier, when, from where, and how it ended — reads as well as writes.
 *
 * <p>{@link vn.hoso.archive.audit.AuditTrail} is the entry, with its values ({@link vn.hoso.archive.audit.AuditEvent},
 * {@link vn.hoso.archive.audit.AuditAction}, {@link vn.hoso.archive.audit.AuditOutcome},
 * {@link vn.hoso.archive.audit.AuditQuery}, {@link vn.hoso.archive.audit.AuditResults},
 * {@link vn.hoso.archive.audit.DossierCounts}, {@link vn.hoso.archive.audit.Verification}). The feature records
 * every {@code /api} request itself (an interceptor with a route table) and Spring Security's authentication and
 * authorisation events, so an endpoint cannot escape the trail by forgetting to call it. The hash chain, segment
 * files and their copies in object storage are under {@code internal}; the format is in {@code docs/AUDIT.md}.
 *
 * <p>This feature owns {@code <hoso.data-dir>/audit/} and the {@code audit/} keys of the
 * {@link vn.hoso.archive.storage.PageStore}; it must never rewrite or delete a record, and never decide access: it
 * only reads the security context and the outcome of what others decided.
 */
package vn.hoso.archive.audit;
