package vn.hoso.archive.audit;

import java.util.Map;

/**
 * How often one dossier was touched, over the whole trail; the auditors' own look-ups ({@code AUDIT_*}) are not
 * counted.
 *
 * @param dossier the code
 * @param total every record naming the dossier
 * @param byAction records per action name
 * @param byOutcome records per outcome name
 * @param byUser records per actor
 */
public record DossierCounts(
        String dossier, long total, Map<String, Long> byAction, Map<String, Long> byOutcome, Map<String, Long> byUser) {

    public DossierCounts {
        byAction = Map.copyOf(byAction);
        byOutcome = Map.copyOf(byOutcome);
        byUser = Map.copyOf(byUser);
    }
}
