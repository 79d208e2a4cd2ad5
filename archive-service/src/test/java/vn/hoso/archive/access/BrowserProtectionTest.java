package vn.hoso.archive.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestUsers;

/** CSRF for the session-cookie UI but not for HTTP Basic clients, security headers, and lockout on the login form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserProtectionTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.security.lockout.max-failures", () -> "3");
    }

    @LocalServerPort
    int port;

    @Nested
    class Csrf {

        @Test
        void loginFormWithTheCookiesTokenSignsIn() {
            HttpResponse<String> login = new Http(port).formLogin("officer", TestUsers.PASSWORD, true);

            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        }

        @Test
        void loginFormWithoutTokenIsRefused() {
            assertThat(new Http(port)
                            .formLogin("officer", TestUsers.PASSWORD, false)
                            .statusCode())
                    .isEqualTo(403);
        }

        @Test
        void sessionPostWithoutTokenIsRefusedAndWithTheHeaderAccepted() {
            Http browser = new Http(port);
            browser.formLogin("clerk", TestUsers.PASSWORD, true);
            browser.send(browser.request("/api/me").GET());

            HttpResponse<String> without = browser.send(
                    browser.request("/logout").header("Accept", "text/html").POST(noBody()));
            HttpResponse<String> with = browser.send(browser.request("/logout")
                    .header("Accept", "text/html")
                    .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                    .POST(noBody()));

            assertThat(without.statusCode()).isEqualTo(403);
            assertThat(with.statusCode()).isEqualTo(302);
            assertThat(with.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        }

        @Test
        void basicApiClientPostsWithoutAToken() {
            Http api = new Http(port);
            HttpResponse<String> reindex = api.send(api.request("/api/admin/reindex")
                    .header("Authorization", Http.basic("admin", TestUsers.PASSWORD))
                    .POST(noBody()));

            assertThat(reindex.statusCode()).isEqualTo(200);
        }

        @Test
        void basicCredentialsOnACrossSiteBrowserPostStillNeedTheToken() {
            Http api = new Http(port);
            HttpResponse<String> forged = api.send(api.request("/api/admin/reindex")
                    .header("Authorization", Http.basic("admin", TestUsers.PASSWORD))
                    .header("Sec-Fetch-Site", "cross-site")
                    .POST(noBody()));

            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.body()).contains("csrf-token");
        }

        private static HttpRequest.BodyPublisher noBody() {
            return HttpRequest.BodyPublishers.noBody();
        }
    }

    @Nested
    class Headers {

        @ParameterizedTest
        @ValueSource(strings = {"/login.html", "/api/me", "/api/search?q=x"})
        void everyResponseCarriesTheSecurityHeaders(String path) {
            HttpResponse<String> response = new Http(port).get(path, "officer", TestUsers.PASSWORD);
            var headers = response.headers();

            assertThat(headers.firstValue("Content-Security-Policy"))
                    .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self';")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .hasValueSatisfying(
                            policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"static/index.html", "static/login.html"})
        void uiPagesHaveNoInlineScriptOrStyleThePolicyWouldBlock(String page) throws IOException {
            String html;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(page)) {
                assertThat(in).as(page).isNotNull();
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }

            assertThat(html)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\sstyle=")
                    .doesNotContainPattern("<style")
                    .doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Nested
    class Lockout {

        @Test
        void lockedUserIsSentBackToTheFormWithTheLockedMessageAndGets429OverBasic() {
            Http browser = new Http(port);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> failed = browser.formLogin("auditor", "wrong-" + i, true);
                assertThat(failed.headers().firstValue("Location").orElseThrow())
                        .endsWith("/login?error");
            }

            HttpResponse<String> locked = new Http(port).formLogin("auditor", TestUsers.PASSWORD, true);
            HttpResponse<String> api = new Http(port).get("/api/me", "auditor", TestUsers.PASSWORD);

            assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(api.body()).contains("Tài khoản tạm bị khóa").contains("thử lại sau 15 phút");
        }

        @Test
        void otherUsersFromTheSameClientStillSignIn() {
            assertThat(new Http(port).get("/api/me", "cleared-officer", "wrong").statusCode())
                    .isEqualTo(401);

            assertThat(new Http(port)
                            .get("/api/me", "officer", TestUsers.PASSWORD)
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
