/**
 * Reading uploaded files: what they are (by content, never by name), whether they are within the
 * profile's limits, and the pixels of one page at a time.
 *
 * <p>{@link vn.hoso.ingest.decode.PageDecoder} is the entry point. Limits are judged from headers before
 * any pixel is decoded, so an oversized or hostile file costs no heap. Bad input is an outcome
 * ({@link vn.hoso.ingest.decode.Inspection.Unreadable}, {@link vn.hoso.ingest.decode.Decoded.Failed})
 * with a reason a clerk can read, never an exception. This feature never alters the bytes it is given.
 * Files can be read from disk without being loaded whole ({@code inspect(Path)}, {@code decode(Path, int)}),
 * so a long multi-page scan costs the heap one page at a time.
 */
package vn.hoso.ingest.decode;
