/**
 * Splitting one scanned stack into dossiers at separator sheets: a sheet carrying a Code 128 or QR barcode
 * whose text matches the profile's {@code batch.codePattern} starts the next dossier's pages and is not itself
 * a page.
 *
 * <p>{@link vn.hoso.ingest.batch.BatchSplitter} is the entry point; its outcome is the sealed
 * {@link vn.hoso.ingest.batch.StackSplit}. {@link vn.hoso.ingest.batch.SeparatorSheets} draws the sheets a clerk
 * prints. This feature reads and writes bytes in memory only: it stores nothing and knows no dossier.
 */
package vn.hoso.ingest.batch;
