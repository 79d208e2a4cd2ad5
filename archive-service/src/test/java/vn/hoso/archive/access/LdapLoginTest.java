package vn.hoso.archive.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.TestUsers;

/**
 * LDAP login against a real directory server (UnboundID, in process, on loopback, over the LDAP protocol) loaded from
 * {@code ldap/hoso.ldif}: groups become roles, clearance and jurisdiction; the users file keeps working beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LdapLoginTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path folder;

    static InMemoryDirectoryServer directory;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=hoso,dc=vn");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0, null));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(
                true,
                Path.of(LdapLoginTest.class.getResource("/ldap/hoso.ldif").toURI())
                        .toFile());
        directory.startListening();
        int port = directory.getListenPort();

        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
        registry.add("hoso.security.lockout.max-failures", () -> "3");
        registry.add("hoso.security.ldap.url", () -> "ldap://127.0.0.1:" + port);
        registry.add("hoso.security.ldap.base", () -> "dc=hoso,dc=vn");
        registry.add("hoso.security.ldap.user-search-base", () -> "ou=people");
        registry.add("hoso.security.ldap.user-search-filter", () -> "(uid={0})");
        registry.add("hoso.security.ldap.group-search-base", () -> "ou=groups");
        registry.add("hoso.security.ldap.group-roles.hoso-officers", () -> "OFFICER");
        registry.add("hoso.security.ldap.group-roles.hoso-clerks", () -> "CLERK");
        registry.add("hoso.security.ldap.group-clearances.hoso-mat", () -> "CONFIDENTIAL");
        registry.add("hoso.security.ldap.jurisdiction-attribute", () -> "l");
        registry.add("hoso.security.ldap.group-jurisdictions.hoso-toan-tinh", () -> "*");
        registry.add("hoso.security.ldap.group-jurisdictions.hoso-hai-lang", () -> "Quảng Trị/Hải Lăng");
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @LocalServerPort
    int port;

    private JsonNode me(String user, String password) {
        HttpResponse<String> response = new Http(port).get("/api/me", user, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Nested
    class GroupsMapToAccess {

        @Test
        void provinceOfficerGetsRoleClearanceAndNoJurisdictionRestriction() {
            JsonNode lan = me("lan", "lan-secret");

            assertThat(lan.get("roles").toString()).isEqualTo("[\"OFFICER\"]");
            assertThat(lan.get("clearance").asString()).isEqualTo("CONFIDENTIAL");
            assertThat(lan.get("jurisdiction").isNull()).isTrue();
        }

        @Test
        void districtUserGetsRolesOfEveryGroupAndUnitsFromAttributeAndGroup() {
            JsonNode minh = me("minh", "minh-secret");

            assertThat(minh.get("roles").toString()).isEqualTo("[\"CLERK\",\"OFFICER\"]");
            assertThat(minh.get("clearance").asString()).isEqualTo("UNCLASSIFIED");
            assertThat(minh.get("jurisdiction").toString())
                    .isEqualTo("[\"quang-tri/gio-linh\",\"quang-tri/hai-lang\"]");
        }

        @Test
        void usersFileSignsInBesideTheDirectory() {
            assertThat(me("officer", TestUsers.PASSWORD).get("username").asString())
                    .isEqualTo("officer");
        }
    }

    @Nested
    class Refusals {

        @Test
        void wrongPasswordIsUnauthenticated() {
            HttpResponse<String> response = new Http(port).get("/api/me", "lan", "wrong");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("unauthenticated");
        }

        @Test
        void directoryUserInNoMappedGroupCannotSignIn() {
            assertThat(new Http(port).get("/api/me", "hung", "hung-secret").statusCode())
                    .isEqualTo(401);
        }

        @Test
        void directoryUserIsLockedAfterTheConfiguredFailures() {
            Http http = new Http(port);
            for (int i = 0; i < 3; i++) {
                assertThat(http.get("/api/me", "minh", "wrong-" + i).statusCode())
                        .isEqualTo(401);
            }

            HttpResponse<String> locked = http.get("/api/me", "minh", "minh-secret");

            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
            assertThat(locked.body()).contains("login-locked").contains("tạm bị khóa");
        }
    }

    @Test
    void adminSeesWhyADirectoryUserCannotReadADossier() {
        Http http = new Http(port);
        String dossier = """
                {"code":"QT-LS-800001","title":"Hồ sơ liệt sĩ","category":"MARTYR","confidentiality":"SECRET",
                 "subject":{"fullName":"Võ Văn Tám","birthYear":1950,
                            "hometown":"xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị"}}""";
        assertThat(http.send(http.request("/api/dossiers")
                                .header("Authorization", Http.basic("clerk", TestUsers.PASSWORD))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(dossier)))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> response =
                http.get("/api/admin/access?user=lan&dossier=QT-LS-800001", "admin", TestUsers.PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode explanation = JSON.readTree(response.body());
        assertThat(explanation.get("visible").asBoolean()).isFalse();
        assertThat(explanation.get("summary").asString())
                .isEqualTo("Người dùng lan không được xem hồ sơ: Hồ sơ có độ mật Tối mật, cao hơn mức được xem của"
                        + " người dùng (Mật).");
        assertThat(response.body()).doesNotContain("Võ Văn Tám").doesNotContain("Hải Lăng");
    }
}
