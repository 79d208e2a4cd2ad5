package vn.hoso.archive.integrity;

import java.time.Instant;
import java.util.List;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;

/**
 * What one fixity run found. {@code checked} counts masters (a multi-page file is one); {@code ok} those whose
 * checksum matched; every other master is in exactly one of the three lists.
 *
 * @param requestedBy the user who asked for the run, or {@code scheduler}
 * @param withheld findings left out of this copy because the reader's clearance does not reach their dossier
 */
public record FixityReport(
        Instant started,
        Instant finished,
        String requestedBy,
        int checked,
        int ok,
        List<Mismatch> mismatched,
        List<Missing> missing,
        List<Unreadable> unreadable,
        int withheld) {

    public FixityReport {
        mismatched = List.copyOf(mismatched);
        missing = List.copyOf(missing);
        unreadable = List.copyOf(unreadable);
    }

    public record Mismatch(String code, int seq, String key, Confidentiality level, String expected, String actual) {}

    public record Missing(String code, int seq, String key, Confidentiality level, String expected) {}

    /** @param seq 0 when the dossier's manifest itself could not be read */
    public record Unreadable(String code, int seq, String key, Confidentiality level, String expected, String reason) {}

    public boolean intact() {
        return mismatched.isEmpty() && missing.isEmpty() && unreadable.isEmpty();
    }

    /**
     * This report as {@code caller} may read it: findings about dossiers above their clearance are removed and
     * counted in {@code withheld}, so the codes of dossiers they may not see never reach them. A finding whose
     * dossier's level is unknown (an unreadable manifest) is shown only to callers cleared for every level.
     */
    public FixityReport visibleTo(Caller caller) {
        List<Mismatch> seenMismatched =
                mismatched.stream().filter(f -> sees(caller, f.level())).toList();
        List<Missing> seenMissing =
                missing.stream().filter(f -> sees(caller, f.level())).toList();
        List<Unreadable> seenUnreadable =
                unreadable.stream().filter(f -> sees(caller, f.level())).toList();
        int hidden = mismatched.size()
                - seenMismatched.size()
                + missing.size()
                - seenMissing.size()
                + unreadable.size()
                - seenUnreadable.size();
        return new FixityReport(
                started,
                finished,
                requestedBy,
                checked,
                ok,
                seenMismatched,
                seenMissing,
                seenUnreadable,
                withheld + hidden);
    }

    private static boolean sees(Caller caller, Confidentiality level) {
        return caller.maySee(level == null ? Confidentiality.TOP_SECRET : level);
    }
}
