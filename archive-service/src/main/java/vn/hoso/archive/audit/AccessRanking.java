package vn.hoso.archive.audit;

import java.time.Instant;
import java.util.List;

/** One page of dossiers ordered by how often they were accessed, and how many dossiers were accessed in all. */
public record AccessRanking(List<DossierAccess> dossiers, int page, int size, long total) {

    public AccessRanking {
        dossiers = List.copyOf(dossiers);
    }

    /**
     * @param dossier the code
     * @param total records naming it
     * @param denied of those, refusals
     * @param users distinct actors
     * @param last the latest record's time
     */
    public record DossierAccess(String dossier, long total, long denied, long users, Instant last) {}
}
