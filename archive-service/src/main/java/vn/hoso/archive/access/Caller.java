package vn.hoso.archive.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: travels with every use case and into every index query, so that access is decided where the data
 * is read, not only at the edge. There is no anonymous or default caller. What the caller may do with one dossier is
 * {@link AccessPolicy}'s decision; what they may see at all is {@link #visibility()}.
 *
 * @param clearance the highest confidentiality level the caller may see
 * @param jurisdiction the administrative units whose dossiers the caller may see
 */
public record Caller(String username, Set<Role> roles, Confidentiality clearance, Jurisdiction jurisdiction) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        roles = Set.copyOf(roles);
    }

    /** A caller without a jurisdiction restriction ({@link Jurisdiction#EVERYWHERE}). */
    public Caller(String username, Set<Role> roles, Confidentiality clearance) {
        this(username, roles, clearance, Jurisdiction.EVERYWHERE);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether material classified at {@code level} may be shown to this caller at all. */
    public boolean maySee(Confidentiality level) {
        return clearance.covers(level);
    }

    /** The dossiers this caller may see at all; what search filters by. */
    public Visibility visibility() {
        return new Visibility(clearance, jurisdiction);
    }
}
