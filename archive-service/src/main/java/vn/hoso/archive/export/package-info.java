/**
 * Exports of a whole search result list to CSV and XLSX, for offices that report in Excel. The API is
 * {@link vn.hoso.archive.export.ResultExport} with {@link vn.hoso.archive.export.ExportFormat}; the file writers
 * (and the XLSX library, fastexcel) are under {@code internal}.
 *
 * <p>Rows come from {@link vn.hoso.archive.search.SearchIndex#forEachHit} with the caller's clearance inside the
 * query, exactly as {@code GET /api/search} filters, so an export holds no row, count or word of a dossier the caller
 * may not see; nothing here filters after the fact. Rows are written as the index hands them over, so memory does not
 * grow with the list; a list longer than {@code hoso.export.max-rows} is cut and says so in its last row. This
 * feature must not read storage or the index other than through that seam.
 */
package vn.hoso.archive.export;
