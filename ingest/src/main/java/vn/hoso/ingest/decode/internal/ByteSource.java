package vn.hoso.ingest.decode.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An upload's bytes, read by position: an array already in memory, or a file read on demand so that a
 * 500-page TIFF never sits whole on the heap. Every reader in this package works on this type, so the
 * in-memory and the on-disk paths share one implementation.
 *
 * <p>Positional reads keep no cursor, so one source may serve several streams at once. The length is
 * fixed when the source is opened.
 */
public interface ByteSource extends Closeable {

    /** The array itself, not a copy; the caller must not change it while the source is in use. */
    static ByteSource of(byte[] bytes) {
        return new ArraySource(bytes);
    }

    /** Opens {@code file} for reading; nothing is read until asked for. */
    static ByteSource open(Path file) throws IOException {
        return FileSource.open(file);
    }

    /** In bytes. */
    long length();

    /**
     * Copies bytes starting at {@code position} into {@code into}.
     *
     * @return how many were copied: at most {@code count}, at least 1 unless {@code count} is 0, fewer
     *     than asked without meaning the end; or -1 when {@code position} is at or past the end
     */
    int read(long position, byte[] into, int offset, int count) throws IOException;

    /** @throws EOFException when the source ends before {@code count} bytes */
    default void readFully(long position, byte[] into, int offset, int count) throws IOException {
        int done = 0;
        while (done < count) {
            int n = read(position + done, into, offset + done, count - done);
            if (n < 0) {
                throw new EOFException("ends at byte " + (position + done) + ", " + (count - done) + " short");
            }
            done += n;
        }
    }

    /** Releases the file, if any; an array source has nothing to release. */
    @Override
    void close() throws IOException;
}
