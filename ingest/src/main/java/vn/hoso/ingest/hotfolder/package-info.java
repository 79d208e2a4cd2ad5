/**
 * The hot folder: inboxes on disk, one per scanner profile, that scanning stations and clerks drop files into.
 *
 * <p>{@link vn.hoso.ingest.hotfolder.HotFolders} is the entry point; it hands {@link
 * vn.hoso.ingest.hotfolder.Delivery deliveries} to a {@link vn.hoso.ingest.hotfolder.Handover} the archive
 * implements, and learns what happened from the sealed {@link vn.hoso.ingest.hotfolder.Handed}. This feature owns
 * the inbox folders (settling, {@code done/}, {@code quarantine/}); it stores nothing in the archive, knows no
 * dossier beyond its code, and never parses {@code dossier.json}.
 */
package vn.hoso.ingest.hotfolder;
