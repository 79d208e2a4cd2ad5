package vn.hoso.archive.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: travels with every use case and into every index query, so that access is decided where the data
 * is read, not only at the edge. There is no anonymous or default caller.
 */
public record Caller(String username, Set<Role> roles, Confidentiality clearance) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clearance, "clearance");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether material classified at {@code level} may be shown to this caller at all. */
    public boolean maySee(Confidentiality level) {
        return clearance.covers(level);
    }
}
