package vn.hoso.archive.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as Spring Security sees it, from the users file or from LDAP; carries the clearance and jurisdiction with
 * the roles. LDAP users have no password here (the directory checks it).
 */
record ArchiveUser(
        String username, String password, Set<Role> roles, Confidentiality clearance, Jurisdiction jurisdiction)
        implements UserDetails {

    ArchiveUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        roles = Set.copyOf(roles);
    }

    Caller caller() {
        return new Caller(username, roles, clearance, jurisdiction);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
