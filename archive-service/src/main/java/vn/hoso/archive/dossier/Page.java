package vn.hoso.archive.dossier;

import java.time.Instant;

/**
 * One page of a dossier as the manifest records it.
 *
 * @param seq position in the dossier, from 1, in upload order
 * @param masterKey storage key of the file exactly as received; the pages of a multi-page file share it
 * @param frame 0-based page of that file
 * @param sha256 lowercase hex SHA-256 of the master bytes, recorded when they were written
 * @param ocrConfidence mean word confidence in percent, null until recognised
 * @param reason why the page is quarantined; null otherwise
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
        Instant receivedAt) {

    Page recognized(double confidence) {
        return new Page(seq, PageStatus.RECOGNIZED, null, masterKey, frame, sha256, mediaType, originalName,
                confidence, receivedAt);
    }

    Page quarantined(String why) {
        return new Page(seq, PageStatus.QUARANTINED, why, masterKey, frame, sha256, mediaType, originalName, null,
                receivedAt);
    }
}
