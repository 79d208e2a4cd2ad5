package vn.hoso.archive.access;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The administrative units whose dossiers a user may see ({@link UnitCodes}): a province code covers every dossier of
 * the province, a district code the dossiers of that district, and so on. {@link #EVERYWHERE} is no restriction
 * (the provincial archive itself); a restricted jurisdiction with no units sees no dossier at all, so a
 * misconfigured user fails closed.
 *
 * @param everywhere true for no restriction; {@code units} is then empty
 * @param units unit codes, normalised
 */
public record Jurisdiction(boolean everywhere, Set<String> units) {

    public static final Jurisdiction EVERYWHERE = new Jurisdiction(true, Set.of());

    public Jurisdiction {
        units = Collections.unmodifiableSet(new TreeSet<>(units));
        if (everywhere && !units.isEmpty()) {
            throw new IllegalArgumentException("a jurisdiction without restriction lists no units");
        }
    }

    /** A restriction to these units, each written as {@link UnitCodes#parse} reads it. */
    public static Jurisdiction of(Collection<String> written) {
        return new Jurisdiction(false, written.stream().map(UnitCodes::parse).collect(Collectors.toSet()));
    }

    /** Whether a dossier with these {@link UnitCodes#of} codes lies in this jurisdiction. */
    public boolean covers(Set<String> dossierUnits) {
        return everywhere || dossierUnits.stream().anyMatch(units::contains);
    }

    /** Vietnamese description for explanations: "toàn tỉnh" or the unit codes. */
    public String describe() {
        if (everywhere) {
            return "không giới hạn địa bàn";
        }
        return units.isEmpty() ? "không có địa bàn nào" : String.join(", ", units);
    }
}
