package vn.hoso.archive.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * Users from an LDAP directory: found by {@link AccessProperties.Ldap#userSearchFilter}, authenticated by binding as
 * them (the password never reaches this process's memory beyond the bind), and turned into an {@link ArchiveUser}
 * through their groups: roles, the highest clearance, and jurisdiction from groups or a user attribute. A user whose
 * groups grant no role cannot sign in. Group names compare without case.
 */
final class LdapDirectory implements UserDetailsContextMapper {

    private static final String EVERYWHERE = "*";

    private final AccessProperties.Ldap settings;
    private final FilterBasedLdapUserSearch userSearch;
    private final DefaultLdapAuthoritiesPopulator groups;
    private final LdapAuthenticationProvider provider;

    LdapDirectory(AccessProperties.Ldap settings) {
        this.settings = settings;
        String url = settings.url().replaceAll("/+$", "") + (settings.base().isBlank() ? "" : "/" + settings.base());
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(url);
        if (settings.managerDn() != null && !settings.managerDn().isBlank()) {
            source.setUserDn(settings.managerDn());
            source.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
        } else {
            source.setAnonymousReadOnly(true);
        }
        source.afterPropertiesSet();
        this.userSearch = new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), source);
        this.groups = new DefaultLdapAuthoritiesPopulator(source, settings.groupSearchBase());
        groups.setGroupSearchFilter(settings.groupSearchFilter());
        groups.setGroupRoleAttribute(settings.groupNameAttribute());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);
        BindAuthenticator authenticator = new BindAuthenticator(source);
        authenticator.setUserSearch(userSearch);
        this.provider = new LdapAuthenticationProvider(authenticator, groups);
        provider.setUserDetailsContextMapper(this);
    }

    AuthenticationProvider provider() {
        return provider;
    }

    /** The user as they would be after signing in, without their password: for access explanations. */
    Optional<ArchiveUser> find(String username) {
        try {
            DirContextOperations entry = userSearch.searchForUser(username);
            return Optional.of(mapUserFromContext(entry, username, groups.getGrantedAuthorities(entry, username)));
        } catch (UsernameNotFoundException | InsufficientAuthenticationException e) {
            return Optional.empty();
        }
    }

    @Override
    public ArchiveUser mapUserFromContext(
            DirContextOperations entry, String username, Collection<? extends GrantedAuthority> authorities) {
        Set<String> groupNames = authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .map(LdapDirectory::fold)
                .collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mapped(settings.groupRoles(), groupNames).forEach(roles::add);
        if (roles.isEmpty()) {
            throw new InsufficientAuthenticationException("LDAP user " + username + " is in no group mapped to a role");
        }
        Confidentiality clearance = mapped(settings.groupClearances(), groupNames)
                .max(Enum::compareTo)
                .orElse(Confidentiality.UNCLASSIFIED);
        return new ArchiveUser(username, "", roles, clearance, jurisdiction(entry, groupNames));
    }

    private Jurisdiction jurisdiction(DirContextOperations entry, Set<String> groupNames) {
        boolean byAttribute = settings.jurisdictionAttribute() != null
                && !settings.jurisdictionAttribute().isBlank();
        if (!byAttribute && settings.groupJurisdictions().isEmpty()) {
            return Jurisdiction.EVERYWHERE;
        }
        List<String> units = Stream.concat(
                        byAttribute ? attributeValues(entry, settings.jurisdictionAttribute()) : Stream.empty(),
                        mapped(settings.groupJurisdictions(), groupNames).flatMap(List::stream))
                .map(String::strip)
                .toList();
        return units.contains(EVERYWHERE) ? Jurisdiction.EVERYWHERE : Jurisdiction.of(new TreeSet<>(units));
    }

    private static Stream<String> attributeValues(DirContextOperations entry, String attribute) {
        String[] values = entry.getStringAttributes(attribute);
        return values == null ? Stream.empty() : Arrays.stream(values);
    }

    private static <V> Stream<V> mapped(Map<String, V> byGroup, Set<String> groupNames) {
        return byGroup.entrySet().stream()
                .filter(entry -> groupNames.contains(fold(entry.getKey())))
                .map(Map.Entry::getValue);
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void mapUserToContext(UserDetails user, DirContextAdapter ctx) {
        throw new UnsupportedOperationException("the archive never writes to the directory");
    }
}
