package vn.hoso.archive.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A table written to a stream as it is filled: a header row first, then rows, each sent on its way in bounded
 * batches, so memory does not depend on the number of rows. Cells are {@link String}, {@link Integer} or null (an
 * empty cell). Not thread-safe.
 */
public sealed interface Sheet permits CsvSheet, XlsxSheet {

    /** A CSV sheet on {@code out}, its header row written. */
    static Sheet csv(OutputStream out, List<String> headers) throws IOException {
        return new CsvSheet(out, headers);
    }

    /** An XLSX workbook of one sheet named {@code name} on {@code out}, its header row written. */
    static Sheet xlsx(OutputStream out, String name, List<String> headers) throws IOException {
        return new XlsxSheet(out, name, headers);
    }

    void row(List<Object> cells) throws IOException;

    /** A last row holding only {@code text}, in the first column: a remark about the list, not a dossier. */
    void note(String text) throws IOException;

    /** Ends the file and flushes it to the stream, which stays open. */
    void finish() throws IOException;
}
