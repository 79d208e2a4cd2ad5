/**
 * What an administrator reads about the running service: the scanner profiles it knows (read-only; they are
 * edited as YAML files and validated at start-up) and its health (storage reachable, documents in the index,
 * version, uptime). The API is {@code GET /api/admin/profiles} and {@code GET /api/admin/health}, for the ADMIN role
 * only (route rule in the security configuration).
 *
 * <p>This feature only reads: it must not write storage or the index, and it reads them only through their seams
 * ({@link vn.hoso.archive.storage.PageStore}, {@link vn.hoso.archive.search.SearchIndex}).
 */
package vn.hoso.archive.admin;
