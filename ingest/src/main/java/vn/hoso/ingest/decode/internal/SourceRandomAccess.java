package vn.hoso.ingest.decode.internal;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * PDFBox's view of a {@link ByteSource}: the parser seeks to the cross-reference table and to each object
 * it needs, so a page is rendered without reading the whole file.
 */
public final class SourceRandomAccess implements RandomAccessRead {

    private static final int BLOCK_SIZE = 4096;

    private final ByteSource origin;
    private final SourceBlocks source;
    private long position;
    private boolean closed;

    /** Does not take ownership: closing this (PDFBox does, with the document) leaves the source open. */
    public SourceRandomAccess(ByteSource source) {
        this.origin = source;
        this.source = new SourceBlocks(source, BLOCK_SIZE);
    }

    @Override
    public int read() throws IOException {
        checkOpen();
        int value = source.read(position);
        if (value >= 0) {
            position++;
        }
        return value;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
        checkOpen();
        int n = source.read(position, into, offset, count);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long getPosition() throws IOException {
        checkOpen();
        return position;
    }

    /** Like PDFBox's own file reader, takes a position past the end as the end. */
    @Override
    public void seek(long newPosition) throws IOException {
        checkOpen();
        if (newPosition < 0) {
            throw new IOException("Invalid position " + newPosition);
        }
        position = Math.min(newPosition, source.length());
    }

    @Override
    public long length() throws IOException {
        checkOpen();
        return source.length();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkOpen();
        return position >= source.length();
    }

    /** A view with its own position and block over the same source, so that reading it cannot move this. */
    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        checkOpen();
        return new RandomAccessReadView(new SourceRandomAccess(origin), startPosition, streamLength, true);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("PDF source already closed");
        }
    }
}
