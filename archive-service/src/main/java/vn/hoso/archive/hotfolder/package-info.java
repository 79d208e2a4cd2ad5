/**
 * The service side of the hot folder: configuration ({@code hoso.hot-folder.*}) and the handover that takes what
 * the inboxes deliver into the archive through {@link vn.hoso.archive.page.PageIntake}, as the system user
 * {@code hot-folder}. The inboxes themselves (settling, splitting, {@code done/}, {@code quarantine/}) belong to
 * {@code vn.hoso.ingest.hotfolder}; this package must not store pages or write manifests by itself.
 */
package vn.hoso.archive.hotfolder;
