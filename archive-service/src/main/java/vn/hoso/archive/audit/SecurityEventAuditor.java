package vn.hoso.archive.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Records what Spring Security decides before any controller runs: every authentication (login form and HTTP Basic
 * alike — an API client using Basic authenticates, and is recorded, on each request), every failed one with the
 * name that was tried, logouts, and {@code /api} requests refused by the route rules (401 without credentials, 403
 * for a role without the right).
 */
final class SecurityEventAuditor {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventAuditor.class);

    private final AuditTrail trail;
    private final Clock clock;

    SecurityEventAuditor(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        HttpServletRequest request = Actors.currentRequest();
        write(new AuditEvent(
                clock.instant(),
                Actors.of(event.getAuthentication()),
                AuditAction.LOGIN,
                null,
                null,
                AuditOutcome.SUCCESS,
                client(request, event.getAuthentication()),
                Map.of("via", via(request))));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        HttpServletRequest request = Actors.currentRequest();
        Map<String, String> detail = new HashMap<>();
        detail.put("via", via(request));
        detail.put("reason", reason(event.getException()));
        write(new AuditEvent(
                clock.instant(),
                Actors.of(event.getAuthentication()),
                AuditAction.LOGIN,
                null,
                null,
                AuditOutcome.DENIED,
                client(request, event.getAuthentication()),
                detail));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        HttpServletRequest request = Actors.currentRequest();
        write(new AuditEvent(
                clock.instant(),
                Actors.of(event.getAuthentication()),
                AuditAction.LOGOUT,
                null,
                null,
                AuditOutcome.SUCCESS,
                client(request, event.getAuthentication()),
                Map.of()));
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof HttpServletRequest request)
                || !request.getRequestURI().startsWith("/api/")) {
            return;
        }
        Authentication authentication = event.getAuthentication().get();
        AuditRoutes.Match route =
                AuditRoutes.forRequest(request).orElse(new AuditRoutes.Match(AuditAction.UNMAPPED, null, Map.of()));
        Map<String, String> detail = new HashMap<>();
        detail.put("method", request.getMethod());
        boolean anonymous = Actors.ANONYMOUS.equals(Actors.of(authentication));
        detail.put("status", anonymous ? "401" : "403");
        if (route.action() == AuditAction.UNMAPPED) {
            detail.put("path", request.getRequestURI());
        } else {
            detail.put("route", route.pattern());
        }
        write(new AuditEvent(
                clock.instant(),
                Actors.of(authentication),
                route.action(),
                route.variables().get("code"),
                RequestAuditor.page(route.variables().get("seq")),
                AuditOutcome.DENIED,
                Actors.client(request),
                detail));
    }

    private void write(AuditEvent event) {
        try {
            trail.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit record of {} by {} could not be written", event.action(), event.actor(), e);
        }
    }

    private static String via(HttpServletRequest request) {
        if (request == null) {
            return "other";
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) ? "basic" : "form";
    }

    private static String client(HttpServletRequest request, Authentication authentication) {
        if (request != null) {
            return request.getRemoteAddr();
        }
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : Actors.NO_CLIENT;
    }

    private static String reason(Exception failure) {
        return switch (failure) {
            case BadCredentialsException bad -> "bad-credentials";
            case LockedException locked -> "locked";
            case DisabledException disabled -> "disabled";
            default -> failure.getClass().getSimpleName();
        };
    }
}
