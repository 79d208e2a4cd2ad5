/**
 * Fixity: proof that every master in storage is still the scan received. {@link vn.hoso.archive.integrity.Fixity}
 * re-reads each master, compares its SHA-256 with the one the dossier's manifest recorded at intake, keeps a report
 * per run under {@code fixity/reports/} in the page store, and publishes a {@link
 * vn.hoso.archive.integrity.FixityFinding} application event for each problem so the audit trail can record it
 * without this package knowing the audit trail. It reads through the {@code PageStore} (so through encryption at
 * rest: the checksum is of the plaintext scan) and never writes a dossier's objects.
 */
package vn.hoso.archive.integrity;
