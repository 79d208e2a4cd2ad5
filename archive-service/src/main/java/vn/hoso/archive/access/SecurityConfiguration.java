package vn.hoso.archive.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.hoso.archive.ArchiveProperties;

/**
 * Who may call what. API clients use HTTP Basic and get RFC 9457 problems (401, 403, 429); people use the login form.
 * Route rules here are the coarse layer; {@link AccessPolicy} decides again where the data is read.
 *
 * <p>Logins from the users file and from LDAP pass one {@link LoginThrottle}. The browser UI is protected against
 * CSRF with the cookie-to-header pattern ({@code XSRF-TOKEN} cookie, {@code X-XSRF-TOKEN} header or {@code _csrf}
 * form field); a request carrying HTTP Basic credentials needs no token unless a browser marks it cross-site, since
 * another site cannot set that header. Every response carries a strict content security policy (the UI has no inline
 * script or style) and denies framing.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    /** Images may be blob: (the viewer's downloads) and data: (the empty favicon). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()," + " interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(AccessProperties access, ArchiveProperties archive, PasswordEncoder encoder) {
        List<ArchiveUser> users = new ArrayList<>();
        if (access.usersFile() != null) {
            users.addAll(UsersFile.read(access.usersFile()));
        }
        if (archive.demo()) {
            users.addAll(DemoUsers.create(encoder));
        }
        boolean ldap = access.ldap() != null && access.ldap().enabled();
        if (users.isEmpty() && !ldap) {
            throw new IllegalStateException("no users: set hoso.security.users-file to a users YAML file,"
                    + " hoso.security.ldap.url to a directory, or start in demo mode with hoso.demo=true");
        }
        return new UserDirectory(users, ldap ? new LdapDirectory(access.ldap()) : null);
    }

    /** The users file first, then LDAP; both behind the login throttle. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDirectory users,
            PasswordEncoder encoder,
            AccessProperties access,
            AuthenticationEventPublisher events) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (users.hasFileUsers()) {
            DaoAuthenticationProvider file = new DaoAuthenticationProvider(users.fileUserDetails());
            file.setPasswordEncoder(encoder);
            providers.add(file);
        }
        users.ldap().ifPresent(ldap -> providers.add(ldap.provider()));
        // A hand-made ProviderManager publishes no login events unless told to: the audit trail listens to them.
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(events);
        return new LoginThrottle(manager, events, access.lockout(), Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager logins) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        CsrfTokenRequestAttributeHandler tokens = new CsrfTokenRequestAttributeHandler();
        // Null loads the token on every request, so the XSRF-TOKEN cookie exists before the UI's first post.
        tokens.setCsrfRequestAttributeName(null);
        http.authenticationManager(logins)
                .authorizeHttpRequests(rules -> rules.requestMatchers("/login", "/login.html", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/*.css", "/*.js", "/*.svg", "/*.png", "/assets/**", "/webjars/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/dossiers", "/api/dossiers/*/pages")
                        .hasAnyRole(DossierAction.EDIT.roleNames())
                        // The clerk's work on open dossiers and the review queue (issue 6).
                        .requestMatchers(
                                HttpMethod.PUT,
                                "/api/dossiers/*",
                                "/api/dossiers/*/pages/order",
                                "/api/dossiers/*/pages/*/rotation",
                                "/api/dossiers/*/pages/*/master")
                        .hasAnyRole(DossierAction.EDIT.roleNames())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/dossiers/*/submit",
                                "/api/dossiers/*/approve",
                                "/api/dossiers/*/send-back",
                                "/api/dossiers/*/pages/*/review")
                        .hasAnyRole(DossierAction.EDIT.roleNames())
                        .requestMatchers(HttpMethod.DELETE, "/api/dossiers/*/pages/*")
                        .hasAnyRole(DossierAction.EDIT.roleNames())
                        .requestMatchers("/api/review", "/clerk.html")
                        .hasAnyRole(DossierAction.EDIT.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/dossiers/*/pages/*/original")
                        .hasAnyRole(DossierAction.READ_ORIGINAL.roleNames())
                        .requestMatchers(HttpMethod.POST, "/api/admin/fixity")
                        .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/fixity/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // The auditor's and the administrator's screens (issue 6); their APIs have their own rules.
                        .requestMatchers("/auditor.html")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers("/admin.html")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/search/export")
                        .hasAnyRole(Role.OFFICER.name(), Role.CLERK.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/saved-searches", "/api/saved-searches/**")
                        .authenticated()
                        .requestMatchers("/api/audit", "/api/audit/**")
                        .hasRole(Role.AUDITOR.name())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("hoso").authenticationEntryPoint(problems::unauthenticated))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) ->
                                response.sendRedirect(e instanceof LockedException ? "/login?locked" : "/login?error"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(tokens)
                        .ignoringRequestMatchers(SecurityConfiguration::needsNoCsrfToken))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems::unauthenticated, API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(problems::forbidden, API));
        return http.build();
    }

    /**
     * Requests a forger could not exploit: an API client sending HTTP Basic (not a browser page of another site,
     * which would say so in Sec-Fetch-Site), and API requests carrying no credentials at all (no session cookie, no
     * Authorization), which then get their 401 rather than a CSRF 403. The login form is always protected.
     */
    static boolean needsNoCsrfToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return API.matches(request) && request.getRequestedSessionId() == null;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && (site == null || site.equals("same-origin") || site.equals("none"));
    }

    /** RFC 9457 bodies for the refusals that happen before any controller runs. */
    static final class ProblemResponses {

        void unauthenticated(HttpServletRequest request, HttpServletResponse response, Exception cause)
                throws IOException {
            if (cause instanceof LoginLockedException locked) {
                response.setHeader(
                        "Retry-After",
                        Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
                write(response, 429, "login-locked", "Tài khoản tạm bị khóa", locked.vietnamese());
                return;
            }
            // A browser's fetch() must not get a Basic challenge, or it pops up its own login dialog.
            if (!"empty".equals(request.getHeader("Sec-Fetch-Dest"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"");
            }
            write(
                    response,
                    401,
                    "unauthenticated",
                    "Chưa đăng nhập",
                    "Sign in (HTTP Basic or the login form) to use the archive.");
        }

        void forbidden(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
            if (cause instanceof CsrfException) {
                write(
                        response,
                        403,
                        "csrf-token",
                        "Thiếu mã chống giả mạo yêu cầu",
                        "Send the XSRF-TOKEN cookie's value as the X-XSRF-TOKEN header, or use HTTP Basic.");
                return;
            }
            write(
                    response,
                    403,
                    "access-denied",
                    "Không có quyền",
                    "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
        }

        private static void write(HttpServletResponse response, int status, String type, String title, String detail)
                throws IOException {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"" + ProblemTypes.uri(type) + "\",\"title\":\"" + title + "\",\"status\":"
                            + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
        }
    }
}
