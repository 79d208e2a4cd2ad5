package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.ingest.pipeline.PageFlag;

/**
 * A dossier as the API shows it: the manifest without storage keys, plus Vietnamese display names. {@code pages} are
 * in reading order; {@code progress} counts them by status so a screen can watch recognition; {@code submittedBy} is
 * who sent it to review last (another clerk must approve).
 */
public record DossierView(
        String code,
        String title,
        Category category,
        String categoryName,
        Confidentiality confidentiality,
        String confidentialityName,
        DossierStatus status,
        String statusName,
        Subject subject,
        long version,
        Instant createdAt,
        String createdBy,
        List<String> legacyCodes,
        List<Decision> decisions,
        List<DocumentEntry> documents,
        Location location,
        List<PageView> pages,
        Progress progress,
        List<RetiredPageView> retiredPages,
        List<HistoryEntry> history,
        String submittedBy) {

    /** How many live pages are in each state; {@code done} once none is pending. */
    public record Progress(int total, int pending, int recognized, int needsReview, int quarantined, boolean done) {

        static Progress of(List<Page> pages) {
            int[] counts = new int[PageStatus.values().length];
            pages.forEach(page -> counts[page.status().ordinal()]++);
            int pending = counts[PageStatus.PENDING.ordinal()];
            return new Progress(
                    pages.size(),
                    pending,
                    counts[PageStatus.RECOGNIZED.ordinal()],
                    counts[PageStatus.NEEDS_REVIEW.ordinal()],
                    counts[PageStatus.QUARANTINED.ordinal()],
                    pending == 0);
        }
    }

    /** A page taken out of the reading order, as the API shows it (its master stays in storage). */
    public record RetiredPageView(
            int seq, RetiredPage.Why why, String by, Instant at, String sha256, String originalName, String mediaType) {

        static RetiredPageView of(RetiredPage retired) {
            Page page = retired.page();
            return new RetiredPageView(
                    page.seq(),
                    retired.why(),
                    retired.by(),
                    retired.at(),
                    page.sha256(),
                    page.originalName(),
                    page.mediaType());
        }
    }

    /** A page as the API shows it. */
    public record PageView(
            int seq,
            PageStatus status,
            String statusName,
            String reason,
            String sha256,
            Double ocrConfidence,
            String mediaType,
            String originalName,
            Instant receivedAt,
            List<PageFlag> flags,
            int rotation,
            int turn,
            String reviewedBy) {

        public static PageView of(Page page) {
            return new PageView(
                    page.seq(),
                    page.status(),
                    page.status().displayName(),
                    page.reason(),
                    page.sha256(),
                    page.ocrConfidence(),
                    page.mediaType(),
                    page.originalName(),
                    page.receivedAt(),
                    page.flags(),
                    page.rotation(),
                    page.turn(),
                    page.reviewedBy());
        }
    }

    public static DossierView of(Dossier dossier) {
        return new DossierView(
                dossier.code().value(),
                dossier.title(),
                dossier.category(),
                dossier.category().displayName(),
                dossier.confidentiality(),
                dossier.confidentiality().displayName(),
                dossier.status(),
                dossier.status().displayName(),
                dossier.subject(),
                dossier.version(),
                dossier.createdAt(),
                dossier.createdBy(),
                dossier.legacyCodes(),
                dossier.decisions(),
                dossier.documents(),
                dossier.location(),
                dossier.pages().stream().map(PageView::of).toList(),
                Progress.of(dossier.pages()),
                dossier.retiredPages().stream().map(RetiredPageView::of).toList(),
                dossier.history(),
                dossier.submittedBy().orElse(null));
    }
}
