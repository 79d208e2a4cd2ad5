package vn.hoso.archive.access;

import java.util.Objects;
import java.util.Set;

/**
 * What access control knows of a dossier: its confidentiality and the unit codes of its hometown. The dossier feature
 * derives it; the policy and the search index filter decide on it alone.
 *
 * @param units the dossier's {@link UnitCodes#of} codes; empty when its hometown names no province
 */
public record AccessLabel(Confidentiality confidentiality, Set<String> units) {

    public AccessLabel {
        Objects.requireNonNull(confidentiality, "confidentiality");
        units = Set.copyOf(units);
    }
}
