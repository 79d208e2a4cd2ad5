package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import vn.hoso.archive.access.Confidentiality;
import vn.hoso.ingest.pipeline.PageFlag;

/** A dossier as the API shows it: the manifest without storage keys, plus Vietnamese display names. */
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
        List<PageView> pages) {

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
            int rotation) {

        public static PageView of(Page page) {
            return new PageView(page.seq(), page.status(), page.status().displayName(), page.reason(), page.sha256(),
                    page.ocrConfidence(), page.mediaType(), page.originalName(), page.receivedAt(), page.flags(),
                    page.rotation());
        }
    }

    public static DossierView of(Dossier dossier) {
        return new DossierView(dossier.code().value(), dossier.title(), dossier.category(),
                dossier.category().displayName(), dossier.confidentiality(),
                dossier.confidentiality().displayName(), dossier.status(), dossier.status().displayName(),
                dossier.subject(), dossier.version(), dossier.createdAt(), dossier.createdBy(),
                dossier.legacyCodes(), dossier.decisions(), dossier.documents(), dossier.location(),
                dossier.pages().stream().map(PageView::of).toList());
    }
}
