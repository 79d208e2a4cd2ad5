package vn.hoso.archive.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.hoso.archive.dossier.DossierNotFoundException;
import vn.hoso.archive.dossier.Dossiers;

/**
 * Records every {@code /api} request that reached Spring MVC: the action from {@link AuditRoutes}, dossier and page
 * from the path, outcome from the status. Requests refused earlier, by the security filters, are recorded by
 * {@link SecurityEventAuditor}.
 *
 * <p>A response with a body is recorded just before the body is written ({@link AuditBeforeBody}), and if that
 * record cannot be written the request fails instead of answering: no page, original or result list leaves without
 * its record on disk. A response without a body, or a request that failed, is recorded when it completes.
 *
 * <p>A "not found" for a dossier that exists is recorded as {@link AuditOutcome#DENIED}: the caller was told the
 * dossier does not exist because their clearance does not reach it, and the auditor must see the refusal.
 */
final class RequestAuditor implements HandlerInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditor.class);
    private static final Pattern CREATED = Pattern.compile("/api/dossiers/([^/]+)");
    private static final String RECORDED = RequestAuditor.class.getName() + ".recorded";

    private final AuditTrail trail;
    private final Dossiers dossiers;
    private final Clock clock;

    RequestAuditor(AuditTrail trail, Dossiers dossiers, Clock clock) {
        this.trail = trail;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** Records {@code request} now, with the status and body about to be sent; throws when it cannot. */
    void recordBeforeBody(HttpServletRequest request, HttpServletResponse response, Object body) {
        if (!audited(request)) {
            return;
        }
        boolean dossierNotFound = body instanceof ProblemDetail problem
                && problem.getType() != null
                && problem.getType().toString().endsWith(":dossier-not-found");
        trail.record(event(request, response, null, dossierNotFound));
        request.setAttribute(RECORDED, Boolean.TRUE);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!audited(request)) {
            return;
        }
        boolean dossierNotFound =
                request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof DossierNotFoundException;
        try {
            trail.record(event(request, response, failure, dossierNotFound));
        } catch (RuntimeException e) {
            LOG.error("Audit record of {} {} could not be written", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private static boolean audited(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") && request.getAttribute(RECORDED) == null;
    }

    private AuditEvent event(
            HttpServletRequest request, HttpServletResponse response, Exception failure, boolean dossierNotFound) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        AuditAction action = AuditRoutes.forHandler(request.getMethod(), pattern == null ? null : pattern.toString())
                .orElse(AuditAction.UNMAPPED);
        Map<String, String> variables = variables(request);
        String dossier = variables.getOrDefault("code", created(response));
        AuditOutcome outcome = failure != null
                ? AuditOutcome.ERROR
                : outcome(
                        response.getStatus(),
                        dossierNotFound
                                && dossier != null
                                && dossiers.find(dossier).isPresent());
        return new AuditEvent(
                clock.instant(),
                Actors.of(SecurityContextHolder.getContext().getAuthentication()),
                action,
                dossier,
                page(variables.get("seq")),
                outcome,
                Actors.client(request),
                detail(request, response, action, pattern));
    }

    /** @param hidden the answer was "no such dossier" about a dossier that exists */
    private static AuditOutcome outcome(int status, boolean hidden) {
        if (status < 400) {
            return AuditOutcome.SUCCESS;
        }
        if (status == 401 || status == 403 || status == 404 && hidden) {
            return AuditOutcome.DENIED;
        }
        return status == 404 ? AuditOutcome.NOT_FOUND : AuditOutcome.ERROR;
    }

    private static Map<String, String> detail(
            HttpServletRequest request, HttpServletResponse response, AuditAction action, Object pattern) {
        Map<String, String> detail = new HashMap<>(AuditTrail.notes(request));
        detail.put("method", request.getMethod());
        if (pattern != null) {
            detail.put("route", pattern.toString());
        }
        detail.put("status", Integer.toString(response.getStatus()));
        if (request.getQueryString() != null) {
            detail.put("query", decoded(request.getQueryString()));
        }
        if (action == AuditAction.UNMAPPED) {
            detail.put("path", request.getRequestURI());
        }
        return detail;
    }

    private static String decoded(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> variables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /** The dossier a creating request made, from its {@code Location}. */
    private static String created(HttpServletResponse response) {
        String location = response.getHeader("Location");
        Matcher match = location == null ? null : CREATED.matcher(location);
        return match != null && match.matches() ? match.group(1) : null;
    }

    static Integer page(String seq) {
        try {
            return seq == null ? null : Integer.valueOf(seq);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
