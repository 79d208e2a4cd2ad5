package vn.hoso.ingest.bench;

import java.util.List;
import java.util.Objects;

/**
 * How one reader did on one page.
 *
 * @param kinds the page's degradation kinds, as the set names them; empty when the set does not say
 * @param cer character error rate against the closer ground truth (see {@code TextScore})
 * @param wer word error rate against the same ground truth
 * @param name whether the dossier's person was read letter for letter
 * @param seconds wall-clock time for this page alone
 * @param problem why the reader produced no text (quarantined, timed out, failed); empty when none
 */
public record PageScore(
        String pageId, List<String> kinds, double cer, double wer, NameCheck name, double seconds, String problem) {

    public PageScore {
        Objects.requireNonNull(pageId, "pageId");
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problem, "problem");
    }

    /** The person's name as the manifest gives it, searched in the text with case and diacritics. */
    public enum NameCheck {
        READ,
        MISSED,
        /** the set names no person for this page */
        UNKNOWN
    }

    public boolean clean() {
        return kinds.equals(List.of("clean"));
    }

    public boolean degraded() {
        return !kinds.isEmpty() && !clean();
    }
}
