package vn.hoso.archive.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Identity settings: where users come from (the users file, LDAP or both) and how repeated login failures are
 * throttled. The session timeout is Spring Boot's {@code server.servlet.session.timeout}.
 *
 * @param usersFile the embedded identity store: a YAML file of users with bcrypt passwords, roles, clearance and
 *     jurisdiction; optional in demo mode and when LDAP is configured
 * @param lockout login throttling, for the users file and LDAP alike
 * @param ldap a directory to authenticate against; absent (no {@code url}) means no LDAP
 */
@Validated
@ConfigurationProperties("hoso.security")
public record AccessProperties(
        Path usersFile,
        @Valid @NotNull Lockout lockout,
        @Valid Ldap ldap) {

    /**
     * Login throttling. Counting is per user name and, coarser, per client address, in this process's memory (each
     * instance behind a load balancer counts its own attempts).
     *
     * @param maxFailures failed logins of one user name within {@code window} that lock it, e.g. 5
     * @param window how far back failures count, e.g. 15 minutes
     * @param lockDuration how long a locked user name or client stays locked; it unlocks by itself afterwards
     * @param maxClientFailures failed logins from one client address (any user names) within {@code window} that
     *     lock that address, e.g. 50: stops one machine from trying many names
     */
    public record Lockout(
            @Positive int maxFailures,
            @NotNull Duration window,
            @NotNull Duration lockDuration,
            @Positive int maxClientFailures) {}

    /**
     * An LDAP directory (OpenLDAP, 389 DS, Active Directory over LDAP). Users are found by a search, authenticated by
     * binding as them, and mapped through their groups.
     *
     * @param url e.g. {@code ldap://ldap.so-ldtbxh.local:389}; blank means LDAP is off
     * @param base the base DN every other DN here is relative to, e.g. {@code dc=soldtbxh,dc=vn}
     * @param managerDn a DN to search with (full DN); blank means anonymous searches
     * @param managerPassword the password of {@code managerDn}
     * @param userSearchBase where users are searched, relative to {@code base}, e.g. {@code ou=people}
     * @param userSearchFilter {@code {0}} is the login name, e.g. {@code (uid={0})}
     * @param groupSearchBase where groups are searched, relative to {@code base}, e.g. {@code ou=groups}
     * @param groupSearchFilter {@code {0}} is the user's DN, {@code {1}} the login name, e.g. {@code (member={0})}
     * @param groupNameAttribute the group attribute the mappings below use as the group's name, e.g. {@code cn}
     * @param groupRoles group name → role; a user whose groups map to no role cannot sign in
     * @param groupClearances group name → clearance; the highest wins; none means {@code UNCLASSIFIED}
     * @param jurisdictionAttribute a user attribute holding unit paths ("Quảng Trị/Hải Lăng"), or blank
     * @param groupJurisdictions group name → unit paths; {@code "*"} means no restriction. When neither this nor
     *     {@code jurisdictionAttribute} is set, LDAP users have no jurisdiction restriction; when either is set, a
     *     user with no units from them sees no dossier
     */
    public record Ldap(
            String url,
            String base,
            String managerDn,
            String managerPassword,
            String userSearchBase,
            String userSearchFilter,
            String groupSearchBase,
            String groupSearchFilter,
            String groupNameAttribute,
            Map<String, Role> groupRoles,
            Map<String, Confidentiality> groupClearances,
            String jurisdictionAttribute,
            Map<String, List<String>> groupJurisdictions) {

        public Ldap {
            base = base == null ? "" : base;
            userSearchBase = userSearchBase == null ? "" : userSearchBase;
            userSearchFilter = blank(userSearchFilter) ? "(uid={0})" : userSearchFilter;
            groupSearchBase = groupSearchBase == null ? "" : groupSearchBase;
            groupSearchFilter = blank(groupSearchFilter) ? "(member={0})" : groupSearchFilter;
            groupNameAttribute = blank(groupNameAttribute) ? "cn" : groupNameAttribute;
            groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
            groupClearances = groupClearances == null ? Map.of() : Map.copyOf(groupClearances);
            groupJurisdictions = groupJurisdictions == null ? Map.of() : Map.copyOf(groupJurisdictions);
        }

        public boolean enabled() {
            return !blank(url);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
