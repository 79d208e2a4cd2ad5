package vn.hoso.archive.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who and from where, as the trail writes them. */
final class Actors {

    /** The actor of a request that carried no credentials. */
    static final String ANONYMOUS = "anonymous";

    /** The client of an event that happened outside any request. */
    static final String NO_CLIENT = "unknown";

    private Actors() {}

    static String of(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null
                || authentication.getName().isBlank()) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    /** The current request, if this thread serves one. */
    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    static String client(HttpServletRequest request) {
        return request == null ? NO_CLIENT : request.getRemoteAddr();
    }
}
