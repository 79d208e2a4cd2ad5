package vn.hoso.archive.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a caller may try to do with one dossier, and the roles that may do it (within clearance and jurisdiction). */
public enum DossierAction {
    /** Find it, open it, view its pages, thumbnails, text and hits. */
    READ("xem hồ sơ", EnumSet.allOf(Role.class)),
    /** Download a master exactly as scanned. */
    READ_ORIGINAL("tải bản gốc", EnumSet.of(Role.AUDITOR, Role.CLERK)),
    /** Open a new dossier or add scanned pages to one. */
    EDIT("lập hồ sơ, thêm trang", EnumSet.of(Role.CLERK));

    private final String displayName;
    private final Set<Role> roles;

    DossierAction(String displayName, Set<Role> roles) {
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Role names for Spring Security's {@code hasAnyRole}, so route rules and the policy share one table. */
    public String[] roleNames() {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    String roleList() {
        return roles.stream().sorted().map(Role::displayName).collect(Collectors.joining(", "));
    }
}
