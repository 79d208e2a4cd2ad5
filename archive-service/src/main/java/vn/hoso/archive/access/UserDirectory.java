package vn.hoso.archive.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Every user the archive knows, from the users file (and demo mode) and from LDAP when configured, looked up by login
 * name without a password: what an administrator needs to explain someone's access. The users file wins when both
 * know a name, as it does at login.
 */
public final class UserDirectory {

    private final List<ArchiveUser> fileUsers;
    private final LdapDirectory ldap;

    UserDirectory(List<ArchiveUser> fileUsers, LdapDirectory ldap) {
        this.fileUsers = List.copyOf(fileUsers);
        this.ldap = ldap;
    }

    /** The caller this user would be after signing in, or empty when no store knows them. */
    public Optional<Caller> find(String username) {
        Optional<ArchiveUser> fromFile = fileUser(username);
        if (fromFile.isPresent() || ldap == null) {
            return fromFile.map(ArchiveUser::caller);
        }
        return ldap.find(username).map(ArchiveUser::caller);
    }

    /**
     * The users the archive itself declares (users file, demo users), by name, as they are after signing in. LDAP
     * users are not listed: the directory is theirs to list, and a name can still be looked up with {@link #find}.
     */
    public List<Caller> declared() {
        return fileUsers.stream()
                .map(ArchiveUser::caller)
                .sorted(Comparator.comparing(Caller::username))
                .toList();
    }

    /** Whether LDAP users can sign in too. */
    public boolean usesLdap() {
        return ldap != null;
    }

    Optional<ArchiveUser> fileUser(String username) {
        return fileUsers.stream()
                .filter(user -> user.username().equals(username))
                .findFirst();
    }

    boolean hasFileUsers() {
        return !fileUsers.isEmpty();
    }

    Optional<LdapDirectory> ldap() {
        return Optional.ofNullable(ldap);
    }

    UserDetailsService fileUserDetails() {
        return username -> fileUser(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
