package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.hoso.archive.access.AccessLabel;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.archive.access.UnitCodes;

/**
 * A dossier (hồ sơ) as stored in its manifest. Immutable: every change makes a new value with a higher version,
 * and the store refuses a write whose version does not follow the stored one.
 *
 * @param legacyCodes earlier ministry or province numbers the dossier was filed under
 * @param decisions the decisions it holds, for search by number and date
 * @param documents its documents (văn bản), in order
 * @param location where the paper is kept; null until recorded
 */
public record Dossier(
        DossierCode code,
        String title,
        Category category,
        Confidentiality confidentiality,
        Subject subject,
        DossierStatus status,
        long version,
        Instant createdAt,
        String createdBy,
        List<String> legacyCodes,
        List<Decision> decisions,
        List<DocumentEntry> documents,
        Location location,
        List<Page> pages) {

    public Dossier {
        legacyCodes = legacyCodes == null ? List.of() : List.copyOf(legacyCodes);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        documents = documents == null ? List.of() : List.copyOf(documents);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** What access control decides on: the confidentiality and the unit codes of the subject's hometown. */
    public AccessLabel accessLabel() {
        return labelOf(confidentiality, subject);
    }

    static AccessLabel labelOf(Confidentiality level, Subject subject) {
        Place place = subject == null ? Place.UNKNOWN : subject.hometownPlace();
        return new AccessLabel(level, UnitCodes.of(place.province(), place.district(), place.commune()));
    }

    public Optional<Page> page(int seq) {
        return pages.stream().filter(page -> page.seq() == seq).findFirst();
    }

    int nextSeq() {
        return pages.stream().mapToInt(Page::seq).max().orElse(0) + 1;
    }

    Dossier withPages(List<Page> added) {
        List<Page> all = new ArrayList<>(pages);
        all.addAll(added);
        return next(all);
    }

    Dossier withPage(int seq, UnaryOperator<Page> change) {
        return next(pages.stream().map(page -> page.seq() == seq ? change.apply(page) : page).toList());
    }

    private Dossier next(List<Page> newPages) {
        return new Dossier(code, title, category, confidentiality, subject, status, version + 1, createdAt, createdBy,
                legacyCodes, decisions, documents, location, newPages);
    }
}
