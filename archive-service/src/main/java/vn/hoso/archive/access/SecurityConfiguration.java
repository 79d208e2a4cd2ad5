package vn.hoso.archive.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.hoso.archive.ArchiveProperties;

/**
 * Who may call what. API clients use HTTP Basic and get RFC 9457 problems (401, 403); people use the login form.
 * Route rules here are the coarse layer; clearance is enforced again where the data is read.
 *
 * <p>CSRF protection is off until the UI sends tokens (issue 5 adds it with lockout and security headers); the
 * session cookie is SameSite=Lax, which already keeps other sites from posting with it.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(
            AccessProperties access, ArchiveProperties archive, PasswordEncoder encoder) {
        List<ArchiveUser> users = new ArrayList<>();
        if (access.usersFile() != null) {
            users.addAll(UsersFile.read(access.usersFile()));
        }
        if (archive.demo()) {
            users.addAll(DemoUsers.create(encoder));
        }
        if (users.isEmpty()) {
            throw new IllegalStateException("no users: set hoso.security.users-file to a users YAML file,"
                    + " or start in demo mode with hoso.demo=true");
        }
        return username -> users.stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/login", "/login.html", "/error", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/*.css", "/*.js", "/*.svg", "/*.png", "/assets/**",
                                "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/dossiers", "/api/dossiers/*/pages")
                        .hasRole(Role.CLERK.name())
                        // The clerk's work on open dossiers and the review queue (issue 6).
                        .requestMatchers(HttpMethod.PUT, "/api/dossiers/*", "/api/dossiers/*/pages/order",
                                "/api/dossiers/*/pages/*/rotation", "/api/dossiers/*/pages/*/master")
                        .hasRole(Role.CLERK.name())
                        .requestMatchers(HttpMethod.POST, "/api/dossiers/*/submit", "/api/dossiers/*/approve",
                                "/api/dossiers/*/send-back", "/api/dossiers/*/pages/*/review")
                        .hasRole(Role.CLERK.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/dossiers/*/pages/*").hasRole(Role.CLERK.name())
                        .requestMatchers("/api/review", "/clerk.html").hasRole(Role.CLERK.name())
                        .requestMatchers(HttpMethod.GET, "/api/dossiers/*/pages/*/original")
                        .hasAnyRole(Role.AUDITOR.name(), Role.CLERK.name())
                        .requestMatchers(HttpMethod.POST, "/api/admin/fixity")
                        .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/fixity/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // The auditor's and the administrator's screens (issue 6); their APIs have their own rules.
                        .requestMatchers("/auditor.html").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/admin.html").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/search/export").hasAnyRole(Role.OFFICER.name(),
                                Role.CLERK.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/saved-searches", "/api/saved-searches/**").authenticated()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("hoso").authenticationEntryPoint(problems::unauthenticated))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems::unauthenticated, API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .defaultAccessDeniedHandlerFor(problems::forbidden, API));
        return http.build();
    }

    /** RFC 9457 bodies for the two refusals that happen before any controller runs. */
    static final class ProblemResponses {

        void unauthenticated(HttpServletRequest request, HttpServletResponse response, Exception cause)
                throws IOException {
            // A browser's fetch() must not get a Basic challenge, or it pops up its own login dialog.
            if (!"empty".equals(request.getHeader("Sec-Fetch-Dest"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"");
            }
            write(response, 401, "unauthenticated", "Chưa đăng nhập",
                    "Sign in (HTTP Basic or the login form) to use the archive.");
        }

        void forbidden(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
            write(response, 403, "access-denied", "Không có quyền",
                    "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
        }

        private static void write(HttpServletResponse response, int status, String type, String title, String detail)
                throws IOException {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"" + ProblemTypes.uri(type) + "\",\"title\":\"" + title
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
        }
    }
}
