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
        String profile) {

    public Page {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A page just received, before recognition, to be read with the default profile. */
    public Page(int seq, PageStatus status, String reason, String masterKey, int frame, String sha256,
            String mediaType, String originalName, Double ocrConfidence, Instant receivedAt) {
        this(seq, status, reason, masterKey, frame, sha256, mediaType, originalName, ocrConfidence, receivedAt,
                List.of(), 0, null);
    }

    /** A page just received, before recognition, captured under {@code profile}. */
    public Page withProfile(String profileName) {
        return new Page(seq, status, reason, masterKey, frame, sha256, mediaType, originalName, ocrConfidence,
                receivedAt, flags, rotation, profileName);
    }

    Page recognized(double confidence, List<PageFlag> noticed, int turned) {
        PageStatus outcome = noticed.contains(PageFlag.LOW_CONFIDENCE) ? PageStatus.NEEDS_REVIEW
                : PageStatus.RECOGNIZED;
        return new Page(seq, outcome, null, masterKey, frame, sha256, mediaType, originalName, confidence,
                receivedAt, noticed, turned, profile);
    }

    Page quarantined(String why) {
        return new Page(seq, PageStatus.QUARANTINED, why, masterKey, frame, sha256, mediaType, originalName, null,
                receivedAt, List.of(), 0, profile);
    }
}
