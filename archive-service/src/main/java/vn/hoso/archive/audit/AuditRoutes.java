package vn.hoso.archive.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which action each {@code /api} route is, by HTTP method and the route's pattern exactly as the controller maps it.
 * A new endpoint needs a row here: {@code AuditRoutesCoverageTest} fails for any mapped {@code /api} route without
 * one, and until then its requests are recorded as {@link AuditAction#UNMAPPED}. Path variables {@code code} and
 * {@code seq} become the record's dossier and page; the route itself is kept as {@code detail.route}, so actions
 * shared by several routes (the status changes) stay apart.
 *
 * <p>A row whose pattern ends in {@code /**} covers every route below it (for whole areas such as user
 * administration).
 */
final class AuditRoutes {

    record Route(String method, String pattern, AuditAction action) {}

    /** A request matched to a route, with its path variables. */
    record Match(AuditAction action, String pattern, Map<String, String> variables) {}

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/me", AuditAction.WHO_AM_I),
            new Route("GET", "/api/search", AuditAction.SEARCH),
            new Route("GET", "/api/search/suggest", AuditAction.SUGGEST),
            new Route("POST", "/api/dossiers", AuditAction.DOSSIER_CREATE),
            new Route("GET", "/api/dossiers/{code}", AuditAction.DOSSIER_OPEN),
            new Route("POST", "/api/dossiers/{code}/pages", AuditAction.PAGE_UPLOAD),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/text", AuditAction.PAGE_TEXT),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/view", AuditAction.PAGE_VIEW),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/thumb", AuditAction.PAGE_THUMB),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/hits", AuditAction.PAGE_HITS),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/original", AuditAction.ORIGINAL_DOWNLOAD),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/iiif", AuditAction.PAGE_VIEW),
            new Route("GET", "/api/dossiers/{code}/pages/{seq}/iiif/info.json", AuditAction.PAGE_VIEW),
            new Route(
                    "GET",
                    "/api/dossiers/{code}/pages/{seq}/iiif/{region}/{size}/{rotation}/{quality}.{format}",
                    AuditAction.PAGE_TILE),
            new Route("PUT", "/api/dossiers/{code}", AuditAction.METADATA_CHANGE),
            new Route("POST", "/api/dossiers/{code}/submit", AuditAction.STATUS_CHANGE),
            new Route("POST", "/api/dossiers/{code}/approve", AuditAction.STATUS_CHANGE),
            new Route("POST", "/api/dossiers/{code}/send-back", AuditAction.STATUS_CHANGE),
            new Route("PUT", "/api/dossiers/{code}/pages/order", AuditAction.PAGE_CHANGE),
            new Route("PUT", "/api/dossiers/{code}/pages/{seq}/rotation", AuditAction.PAGE_CHANGE),
            new Route("PUT", "/api/dossiers/{code}/pages/{seq}/master", AuditAction.PAGE_CHANGE),
            new Route("DELETE", "/api/dossiers/{code}/pages/{seq}", AuditAction.PAGE_CHANGE),
            new Route("POST", "/api/dossiers/{code}/pages/{seq}/review", AuditAction.PAGE_CHANGE),
            new Route("GET", "/api/review", AuditAction.REVIEW_QUEUE),
            new Route("GET", "/api/search/export", AuditAction.EXPORT),
            new Route("GET", "/api/saved-searches", AuditAction.SAVED_SEARCH),
            new Route("POST", "/api/saved-searches", AuditAction.SAVED_SEARCH),
            new Route("GET", "/api/saved-searches/{id}", AuditAction.SAVED_SEARCH),
            new Route("PUT", "/api/saved-searches/{id}", AuditAction.SAVED_SEARCH),
            new Route("DELETE", "/api/saved-searches/{id}", AuditAction.SAVED_SEARCH),
            new Route("POST", "/api/admin/fixity", AuditAction.FIXITY_RUN),
            new Route("GET", "/api/fixity/latest", AuditAction.FIXITY_REPORT),
            new Route("GET", "/api/admin/access", AuditAction.ACCESS_EXPLAIN),
            new Route("GET", "/api/admin/profiles", AuditAction.SERVICE_STATUS),
            new Route("GET", "/api/admin/health", AuditAction.SERVICE_STATUS),
            new Route("GET", "/api/admin/users", AuditAction.USER_LIST),
            new Route("POST", "/api/admin/reindex", AuditAction.REINDEX),
            new Route("POST", "/api/admin/users/**", AuditAction.USER_CHANGE),
            new Route("PUT", "/api/admin/users/**", AuditAction.USER_CHANGE),
            new Route("PATCH", "/api/admin/users/**", AuditAction.USER_CHANGE),
            new Route("DELETE", "/api/admin/users/**", AuditAction.USER_CHANGE),
            new Route("GET", "/api/audit", AuditAction.AUDIT_QUERY),
            new Route("GET", "/api/audit/verify", AuditAction.AUDIT_VERIFY),
            new Route("GET", "/api/audit/dossiers", AuditAction.AUDIT_COUNTS),
            new Route("GET", "/api/audit/dossiers/{code}/counts", AuditAction.AUDIT_COUNTS));

    private static final List<Parsed> PARSED = ROUTES.stream()
            .map(route -> new Parsed(route, PathPatternParser.defaultInstance.parse(route.pattern())))
            .sorted(Comparator.comparing(Parsed::pattern, PathPattern.SPECIFICITY_COMPARATOR))
            .toList();

    private record Parsed(Route route, PathPattern pattern) {}

    private AuditRoutes() {}

    /**
     * The action of the handler mapped at {@code pattern} for {@code method}, as Spring MVC reports it. HEAD is
     * served by the GET handler and recorded as its action.
     */
    static Optional<AuditAction> forHandler(String method, String pattern) {
        if (pattern == null) {
            return Optional.empty();
        }
        String served = "HEAD".equals(method) ? "GET" : method;
        for (Route route : ROUTES) {
            if (route.method().equals(served) && covers(route.pattern(), pattern)) {
                return Optional.of(route.action());
            }
        }
        return Optional.empty();
    }

    /** The route a request would reach, for requests refused before any handler ran. */
    static Optional<Match> forRequest(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (Parsed parsed : PARSED) {
            String served = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
            PathPattern.PathMatchInfo info =
                    parsed.route().method().equals(served) ? parsed.pattern().matchAndExtract(path) : null;
            if (info != null) {
                return Optional.of(
                        new Match(parsed.route().action(), parsed.route().pattern(), info.getUriVariables()));
            }
        }
        return Optional.empty();
    }

    private static boolean covers(String row, String pattern) {
        return row.equals(pattern) || row.endsWith("/**") && pattern.startsWith(row.substring(0, row.length() - 2));
    }
}
