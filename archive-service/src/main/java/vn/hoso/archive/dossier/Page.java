package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import vn.hoso.ingest.pipeline.PageFlag;

/**
 * One page of a dossier as the manifest records it.
 *
 * @param seq position in the dossier, from 1, in upload order
 * @param masterKey storage key of the file exactly as received; the pages of a multi-page file share it
 * @param frame 0-based page of that file
 * @param sha256 lowercase hex SHA-256 of the master bytes, recorded when they were written
 * @param ocrConfidence mean word confidence in percent, null until recognised
 * @param reason why the page is quarantined; null otherwise
 * @param flags what recognition noticed (blank, low confidence, low resolution); empty when nothing
 * @param rotation quarter turn (degrees clockwise) the view was given to stand upright
 * @param turn quarter turn (degrees clockwise: 0, 90, 180 or 270) a clerk added on top of {@code rotation}; the view,
 *     thumbnail and word boxes are stored already turned, the master never is
 * @param reviewedBy the clerk who accepted a {@code NEEDS_REVIEW} page as it is; null when nobody had to
 * @param reviewedAt when that happened; null with {@code reviewedBy}
 * @param profile the scanner profile the page is checked and recognised with (the hot-folder inbox's, or the
 *     service's default for uploads); null on pages stored before it was recorded, which mean the default
 */
public record Page(
        int seq,
        PageStatus status,
        String reason,
        String masterKey,
        int frame,
        String sha256,
        String mediaType,
        String originalName,
        Double ocrConfidence,
        Instant receivedAt,
        List<PageFlag> flags,
        int rotation,
        int turn,
        String reviewedBy,
        Instant reviewedAt,
        String profile) {

    public Page {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A page as recognition leaves it: not turned by a clerk, not reviewed, read with the default profile. */
    public Page(
            int seq,
            PageStatus status,
            String reason,
            String masterKey,
            int frame,
            String sha256,
            String mediaType,
            String originalName,
            Double ocrConfidence,
            Instant receivedAt,
            List<PageFlag> flags,
            int rotation) {
        this(
                seq,
                status,
                reason,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                ocrConfidence,
                receivedAt,
                flags,
                rotation,
                0,
                null,
                null,
                null);
    }

    /** A page just received, before recognition, to be read with the default profile. */
    public Page(
            int seq,
            PageStatus status,
            String reason,
            String masterKey,
            int frame,
            String sha256,
            String mediaType,
            String originalName,
            Double ocrConfidence,
            Instant receivedAt) {
        this(
                seq,
                status,
                reason,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                ocrConfidence,
                receivedAt,
                List.of(),
                0);
    }

    /** A page just received, before recognition, captured under {@code profile}. */
    public Page withProfile(String profileName) {
        return new Page(
                seq,
                status,
                reason,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                ocrConfidence,
                receivedAt,
                flags,
                rotation,
                turn,
                reviewedBy,
                reviewedAt,
                profileName);
    }

    Page recognized(double confidence, List<PageFlag> noticed, int turned) {
        PageStatus outcome =
                noticed.contains(PageFlag.LOW_CONFIDENCE) ? PageStatus.NEEDS_REVIEW : PageStatus.RECOGNIZED;
        return new Page(
                seq,
                outcome,
                null,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                confidence,
                receivedAt,
                noticed,
                turned,
                0,
                null,
                null,
                profile);
    }

    Page quarantined(String why) {
        return new Page(
                seq,
                PageStatus.QUARANTINED,
                why,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                null,
                receivedAt,
                List.of(),
                0,
                0,
                null,
                null,
                profile);
    }

    Page turned(int degrees) {
        return new Page(
                seq,
                status,
                reason,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                ocrConfidence,
                receivedAt,
                flags,
                rotation,
                degrees,
                reviewedBy,
                reviewedAt,
                profile);
    }

    /** Accepted as it is by a clerk: searchable as recognised; the low-confidence flag stays as the record of why. */
    Page reviewed(String by, Instant at) {
        return new Page(
                seq,
                PageStatus.RECOGNIZED,
                reason,
                masterKey,
                frame,
                sha256,
                mediaType,
                originalName,
                ocrConfidence,
                receivedAt,
                flags,
                rotation,
                turn,
                by,
                at,
                profile);
    }
}
