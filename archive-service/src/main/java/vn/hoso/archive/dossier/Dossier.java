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
 * @param pages the live pages in reading order; {@code seq} is a page's stable number (upload order), not its place
 * @param retiredPages pages withdrawn or replaced, kept with their masters for the record
 * @param history the clerks' changes, oldest first
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
        List<Page> pages,
        List<RetiredPage> retiredPages,
        List<HistoryEntry> history) {

    public Dossier {
        legacyCodes = legacyCodes == null ? List.of() : List.copyOf(legacyCodes);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        documents = documents == null ? List.of() : List.copyOf(documents);
        pages = pages == null ? List.of() : List.copyOf(pages);
        retiredPages = retiredPages == null ? List.of() : List.copyOf(retiredPages);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A dossier no clerk has changed since it was opened. */
    public Dossier(
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
        this(
                code,
                title,
                category,
                confidentiality,
                subject,
                status,
                version,
                createdAt,
                createdBy,
                legacyCodes,
                decisions,
                documents,
                location,
                pages,
                List.of(),
                List.of());
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

    /** One past every number ever used, retired pages included: their storage keys stay theirs. */
    int nextSeq() {
        int live = pages.stream().mapToInt(Page::seq).max().orElse(0);
        int retired = retiredPages.stream()
                .mapToInt(retiredPage -> retiredPage.page().seq())
                .max()
                .orElse(0);
        return Math.max(live, retired) + 1;
    }

    /** Who sent the dossier for review last, if anyone did. */
    public Optional<String> submittedBy() {
        return history.reversed().stream()
                .filter(entry -> entry.action() == HistoryEntry.Action.SUBMITTED)
                .map(HistoryEntry::by)
                .findFirst();
    }

    Dossier withPages(List<Page> added) {
        List<Page> all = new ArrayList<>(pages);
        all.addAll(added);
        return next(all);
    }

    Dossier withPage(int seq, UnaryOperator<Page> change) {
        return next(pages.stream()
                .map(page -> page.seq() == seq ? change.apply(page) : page)
                .toList());
    }

    /** The same dossier with its pages in a new order or set, the retired ones as given. */
    Dossier withPages(List<Page> newPages, List<RetiredPage> retired) {
        return new Dossier(
                code,
                title,
                category,
                confidentiality,
                subject,
                status,
                version + 1,
                createdAt,
                createdBy,
                legacyCodes,
                decisions,
                documents,
                location,
                newPages,
                retired,
                history);
    }

    Dossier withStatus(DossierStatus next) {
        return new Dossier(
                code,
                title,
                category,
                confidentiality,
                subject,
                next,
                version + 1,
                createdAt,
                createdBy,
                legacyCodes,
                decisions,
                documents,
                location,
                pages,
                retiredPages,
                history);
    }

    /** Records a clerk's change; call on the value that already carries the new version. */
    Dossier recording(HistoryEntry.Action action, String by, Instant at, String note) {
        List<HistoryEntry> all = new ArrayList<>(history);
        all.add(new HistoryEntry(version, action, by, at, note));
        return new Dossier(
                code,
                title,
                category,
                confidentiality,
                subject,
                status,
                version,
                createdAt,
                createdBy,
                legacyCodes,
                decisions,
                documents,
                location,
                pages,
                retiredPages,
                all);
    }

    private Dossier next(List<Page> newPages) {
        return withPages(newPages, retiredPages);
    }
}
